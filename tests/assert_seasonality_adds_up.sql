-- Within each seasonality dimension the periods add up to the whole business: the same net
-- sales and placed orders as the monthly facts. Returns the dimensions that do not.
with seasonality as (

    select * from {{ ref('fct_sales_seasonality') }}

),

monthly as (

    select * from {{ ref('fct_monthly_sales') }}

),

by_dimension as (

    select
        seasonality_dimension,
        sum(net_sales) as net_sales,
        sum(placed_orders) as placed_orders
    from seasonality
    group by seasonality_dimension

),

business as (

    select
        coalesce(sum(net_sales), 0) as net_sales,
        coalesce(sum(placed_orders), 0) as placed_orders
    from monthly

)

select
    by_dimension.seasonality_dimension,
    by_dimension.net_sales,
    business.net_sales as monthly_net_sales,
    by_dimension.placed_orders,
    business.placed_orders as monthly_placed_orders
from by_dimension
cross join business
where
    abs(by_dimension.net_sales - business.net_sales) > 0.01
    or by_dimension.placed_orders != business.placed_orders
