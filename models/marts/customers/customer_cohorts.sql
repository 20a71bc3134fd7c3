{#-
    One row per first-purchase month (cohort) and month since first purchase, from the cohort
    month to the last month of data: how many of the cohort bought again, and what they spent.
-#}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

customers as (

    select * from {{ ref('int_customers_summarized') }}

),

calendar as (

    select * from {{ ref('int_calendar_months') }}

),

last_month as (

    select max(invoice_month) as last_month
    from invoices

),

cohort_members as (

    select
        customer_id,
        first_purchase_month as cohort_month
    from customers
    where first_purchase_month is not null

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
        invoices.invoice_month as activity_month,
        count(distinct invoices.sale_customer_id) as active_customers,
        sum(invoices.net_sales) as net_sales
    from invoices
    inner join cohort_members
        on invoices.customer_id = cohort_members.customer_id
    where invoices.invoice_month >= cohort_members.cohort_month
    group by cohort_members.cohort_month, invoices.invoice_month

),

final as (

    select
        cast(cohort_months.cohort_month as date) as cohort_month,
        cast(cohort_months.months_since_first as integer) as months_since_first,
        cast(cohort_months.cohort_size as bigint) as cohort_size,
        cast(coalesce(activity.active_customers, 0) as bigint) as active_customers,
        cast(round(
            1.0 * coalesce(activity.active_customers, 0) / cohort_months.cohort_size, 4
        ) as numeric(12, 4)) as retention_rate,
        cast(coalesce(activity.net_sales, 0) as numeric(18, 6)) as net_sales,
        cast(cohort_months.activity_month as date) as activity_month
    from cohort_months
    left join activity
        on
            cohort_months.cohort_month = activity.cohort_month
            and cohort_months.activity_month = activity.activity_month

)

select * from final
