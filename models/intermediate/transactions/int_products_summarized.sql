{#-
    One row per stock code on a kept line: the product grain that `product_rankings`,
    `dim_products` and `customer_recommendations` read — when it was first and last sold, units,
    sales, returns, orders and buyers, summed from each line's split measures.
-#}

with lines as (

    select * from {{ ref('int_transactions_classified') }}
    where line_status = 'kept'

),

product_invoices as (

    -- one row per product and invoice first (a hash aggregate), so the distinct counts below
    -- sort invoices rather than lines
    select
        stock_code,
        invoice_id,
        sale_invoice_id,
        sale_customer_id,
        min(line_category) as line_category,
        min(case when sale_invoice_id is not null then invoiced_at end) as first_sold_at,
        max(case when sale_invoice_id is not null then invoiced_at end) as last_sold_at,
        sum(units_sold) as units_sold,
        sum(units_returned) as units_returned,
        sum(gross_sales) as gross_sales,
        sum(returns_amount) as returns_amount,
        sum(net_sales) as net_sales
    from lines
    group by stock_code, invoice_id, sale_invoice_id, sale_customer_id

),

final as (

    select
        stock_code,
        min(line_category) as line_category,
        min(first_sold_at) as first_sold_at,
        max(last_sold_at) as last_sold_at,
        sum(units_sold) as units_sold,
        sum(units_returned) as units_returned,
        sum(gross_sales) as gross_sales,
        sum(returns_amount) as returns_amount,
        sum(net_sales) as net_sales,
        count(distinct sale_invoice_id) as order_count,
        count(distinct sale_customer_id) as customer_count
    from product_invoices
    group by stock_code

)

select * from final
