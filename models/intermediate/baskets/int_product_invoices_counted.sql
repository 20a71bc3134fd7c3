{#-
    How many sale invoices carry each product (each product once per invoice, product lines
    only), next to the number of all sale invoices: the denominators of support, confidence and
    lift, shared by `product_affinity` and `int_product_companions_ranked`. A small table (one
    row per product), so the `product_affinity` view joins stored counts.
-#}

with baskets as (

    select * from {{ ref('int_sale_baskets_listed') }}

),

invoice_summaries as (

    select * from {{ ref('int_invoices_summarized') }}

),

sale_invoices as (

    -- the placed orders: the semantic layer's `placed_orders` over all time
    select cast(sum(placed_orders) as bigint) as invoice_count
    from invoice_summaries

),

product_invoices as (

    select
        stock_code,
        count(*) as invoice_count
    from baskets
    group by stock_code

),

final as (

    select
        product_invoices.stock_code,
        product_invoices.invoice_count as product_invoices,
        sale_invoices.invoice_count as sale_invoices
    from product_invoices
    cross join sale_invoices

)

select * from final
