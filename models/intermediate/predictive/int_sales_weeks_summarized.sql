{#-
    One row per complete Monday week of data: the shop's weekly sales, the history the `all`
    series of the forecast is fitted on and shown with. A week is complete when the data covers
    all seven of its days (its Monday on or after the first invoice date, its Sunday on or before
    the last); weeks without any invoice are present with zero sales.
-#}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

days as (

    select * from {{ ref('metricflow_time_spine') }}

),

data_span as (

    select
        min(invoice_date) as first_date,
        max(invoice_date) as last_date
    from invoices

),

weeks as (

    select days.date_day as week_start
    from days
    cross join data_span
    where
        days.date_day = cast({{ dbt.date_trunc('week', 'days.date_day') }} as date)
        and days.date_day >= data_span.first_date
        and {{ dbt.dateadd('day', 6, 'days.date_day') }} <= data_span.last_date

),

weekly as (

    select
        cast({{ dbt.date_trunc('week', 'invoice_date') }} as date) as week_start,
        {{ sales_measures() }}
    from invoices
    group by 1

),

final as (

    select
        weeks.week_start,
        coalesce(weekly.placed_orders, 0) as placed_orders,
        coalesce(weekly.gross_sales, 0) as gross_sales,
        coalesce(weekly.returns_amount, 0) as returns_amount,
        coalesce(weekly.net_sales, 0) as net_sales,
        coalesce(weekly.active_customers, 0) as active_customers
    from weeks
    left join weekly
        on weeks.week_start = weekly.week_start

)

select * from final
