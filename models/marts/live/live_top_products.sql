{#-
    What is selling in the day in progress: one row per product sold so far that day, ranked by
    units, from the built lines plus the live feed's lines not built yet (a view, computed when
    queried, like `live_sales_by_hour`, and like it reading incremental tables and views only).
    The product's name is in `dim_products` (join on `stock_code`).
-#}

with built_lines as (

    select * from {{ ref('int_transactions_classified') }}
    where line_status = 'kept' and line_category = 'product'

),

feed_lines as (

    select * from {{ ref('int_feed_lines_unbuilt') }}
    where line_status = 'kept' and line_category = 'product'

),

invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

live_day as (

    select
        greatest(
            (select max(invoices.invoice_date) from invoices),
            (select max(feed_lines.invoice_date) from feed_lines)
        ) as live_date

),

today_lines as (

    select
        built_lines.stock_code,
        built_lines.units_sold,
        built_lines.net_sales,
        built_lines.sale_invoice_id
    from built_lines
    inner join live_day
        on built_lines.invoice_date = live_day.live_date

    union all

    select
        feed_lines.stock_code,
        feed_lines.units_sold,
        feed_lines.net_sales,
        feed_lines.sale_invoice_id
    from feed_lines
    inner join live_day
        on feed_lines.invoice_date = live_day.live_date

),

by_product as (

    select
        stock_code,
        sum(units_sold) as units_sold,
        sum(net_sales) as net_sales,
        count(distinct sale_invoice_id) as placed_orders
    from today_lines
    group by stock_code

),

final as (

    select
        cast(live_day.live_date as date) as live_date,
        cast(
            row_number() over (
                order by by_product.units_sold desc, by_product.net_sales desc, by_product.stock_code asc
            ) as integer
        ) as sales_rank,
        cast(by_product.stock_code as text) as stock_code,
        cast(by_product.units_sold as bigint) as units_sold,
        cast(by_product.net_sales as numeric(14, 2)) as net_sales,
        cast(by_product.placed_orders as bigint) as placed_orders
    from by_product
    cross join live_day

)

select * from final
