-- Sales each month: gross, returns and net, in pounds.
with monthly as (

    select * from {{ ref('fct_monthly_sales') }}

),

final as (

    select
        month,
        gross_sales,
        returns_amount,
        net_sales,
        average_order_value
    from monthly

)

select * from final
order by month
