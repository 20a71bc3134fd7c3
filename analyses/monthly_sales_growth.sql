-- Month-over-month growth of net sales, in percent.
with monthly as (

    select * from {{ ref('fct_monthly_sales') }}

),

final as (

    select
        month,
        net_sales,
        net_sales_growth_pct
    from monthly

)

select * from final
order by month
