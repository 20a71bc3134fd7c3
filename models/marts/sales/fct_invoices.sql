{#-
    One row per invoice (the cleaned invoices), from its valid, non-duplicate lines, read
    through their per-invoice sums in `int_invoices_summarized`.
-#}

with summaries as (

    select * from {{ ref('int_invoices_summarized') }}

),

invoices as (

    select
        invoice_id,
        min(invoice_type) as invoice_type,
        min(customer_id) as customer_id,
        min(country) as country,
        min(first_invoiced_at) as invoiced_at,
        sum(line_count) as line_count,
        sum(product_line_count) as product_line_count,
        sum(total_quantity) as total_quantity,
        sum(line_amount) as invoice_amount,
        sum(product_amount) as product_amount
    from summaries
    group by invoice_id

),

final as (

    select
        cast(invoice_id as text) as invoice_id,
        cast(invoice_type as text) as invoice_type,
        cast(customer_id as integer) as customer_id,
        cast(country as text) as country,
        cast(invoiced_at as timestamp) as invoiced_at,
        cast({{ dbt.date_trunc('month', 'invoiced_at') }} as date) as invoice_month,
        cast(line_count as bigint) as line_count,
        cast(product_line_count as bigint) as product_line_count,
        cast(total_quantity as bigint) as total_quantity,
        cast(invoice_amount as numeric) as invoice_amount,
        cast(product_amount as numeric) as product_amount
    from invoices

)

select * from final
