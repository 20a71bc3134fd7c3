-- New versus existing (returning) customers each month, and the share that is new.
with monthly as (

    select * from {{ ref('fct_monthly_sales') }}

),

final as (

    select
        month,
        new_customers,
        returning_customers,
        round(100.0 * new_customers / nullif(active_customers, 0), 1) as new_customer_pct
    from monthly

)

select * from final
order by month
