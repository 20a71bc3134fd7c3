{#-
    One row per product stock code that appears on a sale line: units, revenue, returns,
    reach, ranks and ABC class.
-#}

with products as (

    select * from {{ ref('int_products_summarized') }}

),

names as (

    select * from {{ ref('int_stock_codes_named') }}

),

with_net as (

    -- products sold on at least one sale invoice; net revenue is their net sales
    select
        stock_code,
        first_sold_at,
        last_sold_at,
        units_sold,
        units_returned,
        gross_sales as gross_revenue,
        returns_amount,
        net_sales as net_revenue,
        order_count,
        customer_count
    from products
    where
        line_category = 'product'
        and order_count > 0

),

cumulated as (

    select
        *,
        rank() over (order by net_revenue desc) as revenue_rank,
        rank() over (order by units_sold desc) as units_rank,
        rank() over (order by order_count desc) as orders_rank,
        sum(case when net_revenue > 0 then net_revenue else 0 end) over () as total_positive_revenue,
        coalesce(sum(case when net_revenue > 0 then net_revenue else 0 end) over (
            order by net_revenue desc, stock_code asc
            rows between unbounded preceding and 1 preceding
        ), 0) as revenue_before
    from with_net

),

classified as (

    select
        *,
        {{ exact_divide("revenue_before", "nullif(total_positive_revenue, 0)") }} as revenue_share_before,
        case
            when net_revenue <= 0 then 'C'
            when revenue_before < {{ var('abc_class_a_share') }} * total_positive_revenue then 'A'
            when revenue_before < {{ var('abc_class_b_share') }} * total_positive_revenue then 'B'
            else 'C'
        end as abc_class
    from cumulated

),

final as (

    select
        cast(classified.stock_code as {{ dbt.type_string() }}) as stock_code,
        cast(names.product_name as {{ dbt.type_string() }}) as product_name,
        cast(classified.first_sold_at as timestamp) as first_sold_at,
        cast(classified.last_sold_at as timestamp) as last_sold_at,
        cast(classified.units_sold as bigint) as units_sold,
        cast(classified.units_returned as bigint) as units_returned,
        cast(classified.gross_revenue as numeric(18, 6)) as gross_revenue,
        cast(classified.net_revenue as numeric(18, 6)) as net_revenue,
        cast(classified.order_count as bigint) as order_count,
        cast(classified.customer_count as bigint) as customer_count,
        cast(classified.revenue_rank as bigint) as revenue_rank,
        cast(classified.units_rank as bigint) as units_rank,
        cast(classified.orders_rank as bigint) as orders_rank,
        cast(classified.abc_class as {{ dbt.type_string() }}) as abc_class,
        cast(classified.returns_amount as numeric(18, 6)) as returns_amount,
        cast(round(classified.revenue_share_before, 6) as numeric(18, 6)) as revenue_share_before
    from classified
    left join names
        on classified.stock_code = names.stock_code

)

select * from final
