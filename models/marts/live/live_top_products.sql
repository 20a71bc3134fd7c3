{#-
    What is selling in the day in progress: one row per product sold so far that day, ranked by
    units, from the day's built lines plus the live feed's lines not built yet
    (`int_live_day_lines`; a view, computed when queried, like `live_sales_by_hour`, and like it
    reading incremental tables and views only).
    The product's name is in `dim_products` (join on `stock_code`).
-#}

with day_lines as (

    select * from {{ ref('int_live_day_lines') }}
    where line_category = 'product'

),

by_product as (

    select
        live_date,
        stock_code,
        sum(units_sold) as units_sold,
        sum(net_sales) as net_sales,
        count(distinct sale_invoice_id) as placed_orders
    from day_lines
    group by live_date, stock_code

),

final as (

    select
        cast(by_product.live_date as date) as live_date,
        cast(
            row_number() over (
                order by by_product.units_sold desc, by_product.net_sales desc, by_product.stock_code asc
            ) as integer
        ) as sales_rank,
        cast(by_product.stock_code as {{ dbt.type_string() }}) as stock_code,
        cast(by_product.units_sold as bigint) as units_sold,
        cast(by_product.net_sales as numeric(14, 2)) as net_sales,
        cast(by_product.placed_orders as bigint) as placed_orders
    from by_product

)

select * from final
