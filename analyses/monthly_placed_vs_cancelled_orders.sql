-- Orders placed and cancelled each month, and the share cancelled.
with monthly as (

    select * from {{ ref('fct_monthly_sales') }}

),

final as (

    select
        month,
        placed_orders,
        cancelled_orders,
        round(100.0 * cancelled_orders / nullif(placed_orders, 0), 1) as cancelled_pct
    from monthly

)

select * from final
order by month
