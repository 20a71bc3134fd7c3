{#-
    One row per first-purchase month (cohort) and month since first purchase, from the cohort
    month to the last month of data: how many of the cohort bought again, and what they spent.
-#}

with invoice_summaries as (

    -- the kept lines summed per invoice, day, customer and country: every sum below is the same
    select * from {{ ref('int_invoices_summarized') }}

),

calendar as (

    select * from {{ ref('int_calendar_months') }}

),

last_month as (

    select max(invoice_month) as last_month
    from invoice_summaries

),

customer_lines as (

    -- one row per customer, month and invoice type first (a hash aggregate)
    select
        customer_id,
        invoice_month,
        invoice_type,
        sum(line_amount) as line_amount
    from invoice_summaries
    where
        customer_id is not null
        and invoice_type in ('sale', 'cancellation')
    group by customer_id, invoice_month, invoice_type

),

cohort_members as (

    select
        customer_id,
        min(invoice_month) as cohort_month
    from customer_lines
    where invoice_type = 'sale'
    group by customer_id

),

cohort_sizes as (

    select
        cohort_month,
        count(*) as cohort_size
    from cohort_members
    group by cohort_month

),

cohort_months as (

    select
        cohort_sizes.cohort_month,
        cohort_sizes.cohort_size,
        calendar.month_start as activity_month,
        {{ dbt.datediff('cohort_sizes.cohort_month', 'calendar.month_start', 'month') }} as months_since_first -- noqa: LT05
    from cohort_sizes
    cross join last_month
    inner join calendar
        on calendar.month_start between cohort_sizes.cohort_month and last_month.last_month

),

activity as (

    select
        cohort_members.cohort_month,
        customer_lines.invoice_month as activity_month,
        count(distinct case when customer_lines.invoice_type = 'sale' then customer_lines.customer_id end)
            as active_customers,
        sum(customer_lines.line_amount) as net_sales
    from customer_lines
    inner join cohort_members
        on customer_lines.customer_id = cohort_members.customer_id
    where customer_lines.invoice_month >= cohort_members.cohort_month
    group by cohort_members.cohort_month, customer_lines.invoice_month

),

final as (

    select
        cast(cohort_months.cohort_month as date) as cohort_month,
        cast(cohort_months.months_since_first as integer) as months_since_first,
        cast(cohort_months.cohort_size as bigint) as cohort_size,
        cast(coalesce(activity.active_customers, 0) as bigint) as active_customers,
        cast(round(
            1.0 * coalesce(activity.active_customers, 0) / cohort_months.cohort_size, 4
        ) as numeric) as retention_rate,
        cast(coalesce(activity.net_sales, 0) as numeric) as net_sales,
        cast(cohort_months.activity_month as date) as activity_month
    from cohort_months
    left join activity
        on
            cohort_months.cohort_month = activity.cohort_month
            and cohort_months.activity_month = activity.activity_month

)

select * from final
