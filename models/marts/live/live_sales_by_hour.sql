{#-
    The day in progress, hour by hour, against its pace: sales, orders, cancellations and new
    customers so far, beside the average of the same weekday over the last four weeks. Computed
    when queried (a view) from the built lines plus the live feed's lines not built yet
    (`int_live_day_lines`), so a line written to the feed counts at once. The day in progress
    is the latest invoice date in the warehouse (in production, today).
    It reads incremental tables and views only: a table rebuilt by a refresh is dropped and
    recreated, and would take the views that read it with it.
-#}

with day_lines as (

    select * from {{ ref('int_live_day_lines') }}

),

invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

hours as (

    {{ dbt.generate_series(24) }}

),

live_day as (

    select max(day_lines.live_date) as live_date
    from day_lines

),

today_by_hour as (

    select
        cast(extract(hour from invoiced_at) as integer) as hour_of_day,
        count(*) as invoice_lines,
        sum(is_unbuilt) as lines_not_yet_built,
        count(distinct sale_invoice_id) as placed_orders,
        count(distinct cancellation_invoice_id) as cancelled_orders,
        sum(net_sales) as net_sales
    from day_lines
    group by hour_of_day

),

returning_customers as (

    -- bought before the day in progress: not new today
    select distinct invoices.sale_customer_id as customer_id
    from invoices
    cross join live_day
    where
        invoices.sale_customer_id is not null
        and invoices.invoice_date < live_day.live_date

),

today_new_customers as (

    select
        sale_customer_id,
        min(invoiced_at) as first_invoiced_at
    from day_lines
    where
        sale_customer_id is not null
        and sale_customer_id not in (select returning_customers.customer_id from returning_customers)
    group by sale_customer_id

),

today_new_by_hour as (

    select
        cast(extract(hour from first_invoiced_at) as integer) as hour_of_day,
        count(*) as new_customers
    from today_new_customers
    group by hour_of_day

),

pace_invoices as (

    -- the same weekday of each of the last four weeks
    select invoices.*
    from invoices
    cross join live_day
    where invoices.invoice_date in (
        {{ dbt.dateadd('day', -7, 'live_day.live_date') }},
        {{ dbt.dateadd('day', -14, 'live_day.live_date') }},
        {{ dbt.dateadd('day', -21, 'live_day.live_date') }},
        {{ dbt.dateadd('day', -28, 'live_day.live_date') }}
    )

),

pace_by_hour as (

    select
        cast(extract(hour from invoiced_at) as integer) as hour_of_day,
        sum(placed_orders) / 4.0 as pace_placed_orders,
        sum(cancelled_orders) / 4.0 as pace_cancelled_orders,
        sum(net_sales) / 4.0 as pace_net_sales
    from pace_invoices
    group by hour_of_day

),

first_purchases as (

    select
        sale_customer_id,
        min(invoiced_at) as first_invoiced_at
    from invoices
    where sale_customer_id is not null
    group by sale_customer_id

),

pace_new_by_hour as (

    select
        cast(extract(hour from first_purchases.first_invoiced_at) as integer) as hour_of_day,
        count(*) / 4.0 as pace_new_customers
    from first_purchases
    cross join live_day
    where
        cast(first_purchases.first_invoiced_at as date) in (
            {{ dbt.dateadd('day', -7, 'live_day.live_date') }},
            {{ dbt.dateadd('day', -14, 'live_day.live_date') }},
            {{ dbt.dateadd('day', -21, 'live_day.live_date') }},
            {{ dbt.dateadd('day', -28, 'live_day.live_date') }}
        )
    group by hour_of_day

),

combined as (

    select
        live_day.live_date,
        hours.generated_number - 1 as hour_of_day,
        coalesce(today_by_hour.invoice_lines, 0) as invoice_lines,
        coalesce(today_by_hour.lines_not_yet_built, 0) as lines_not_yet_built,
        coalesce(today_by_hour.placed_orders, 0) as placed_orders,
        coalesce(today_by_hour.cancelled_orders, 0) as cancelled_orders,
        coalesce(today_by_hour.net_sales, 0) as net_sales,
        coalesce(today_new_by_hour.new_customers, 0) as new_customers,
        coalesce(pace_by_hour.pace_placed_orders, 0) as pace_placed_orders,
        coalesce(pace_by_hour.pace_cancelled_orders, 0) as pace_cancelled_orders,
        coalesce(pace_by_hour.pace_net_sales, 0) as pace_net_sales,
        coalesce(pace_new_by_hour.pace_new_customers, 0) as pace_new_customers
    from hours
    cross join live_day
    left join today_by_hour
        on hours.generated_number - 1 = today_by_hour.hour_of_day
    left join today_new_by_hour
        on hours.generated_number - 1 = today_new_by_hour.hour_of_day
    left join pace_by_hour
        on hours.generated_number - 1 = pace_by_hour.hour_of_day
    left join pace_new_by_hour
        on hours.generated_number - 1 = pace_new_by_hour.hour_of_day
    where live_day.live_date is not null

),

final as (

    select
        cast(live_date as date) as live_date,
        cast(hour_of_day as integer) as hour_of_day,
        cast(invoice_lines as bigint) as invoice_lines,
        cast(lines_not_yet_built as bigint) as lines_not_yet_built,
        cast(placed_orders as bigint) as placed_orders,
        cast(cancelled_orders as bigint) as cancelled_orders,
        cast(net_sales as numeric(14, 2)) as net_sales,
        cast(new_customers as bigint) as new_customers,
        cast(sum(net_sales) over (order by hour_of_day) as numeric(14, 2)) as net_sales_to_hour,
        cast(sum(placed_orders) over (order by hour_of_day) as bigint) as placed_orders_to_hour,
        cast(pace_placed_orders as numeric(12, 2)) as pace_placed_orders,
        cast(pace_cancelled_orders as numeric(12, 2)) as pace_cancelled_orders,
        cast(pace_net_sales as numeric(14, 2)) as pace_net_sales,
        cast(pace_new_customers as numeric(12, 2)) as pace_new_customers,
        cast(sum(pace_net_sales) over (order by hour_of_day) as numeric(14, 2)) as pace_net_sales_to_hour
    from combined

)

select * from final
