{#-
    One row per invoice (the cleaned invoices): the invoice grain `int_invoices_summarized`
    published with its contract, as a view (that table's constraints hold its columns not null;
    its index on `invoice_id` serves lookups). The semantic layer's invoice metrics (`invoices` semantic model)
    are defined on this table.
-#}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

final as (

    select
        invoice_id,
        invoice_type,
        customer_id,
        country,
        invoiced_at,
        invoice_month,
        line_count,
        product_line_count,
        total_quantity,
        invoice_amount,
        product_amount,
        invoice_date,
        gross_sales,
        returns_amount,
        net_sales,
        placed_orders,
        cancelled_orders,
        sale_customer_id
    from invoices

)

select * from final
