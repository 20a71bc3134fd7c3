-- Monthly active users: known customers who placed at least one order in the month.
with monthly as (

    select * from {{ ref('fct_monthly_sales') }}

),

final as (

    select
        month,
        active_customers
    from monthly

)

select * from final
order by month
