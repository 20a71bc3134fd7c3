with  __dbt__cte__fct_invoice_lines as (

-- Fixture for fct_invoice_lines
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2010-11-01' as date)
 as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('2' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2010-11-01' as date)
 as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(20 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('3' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-01-01' as date)
 as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(5 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('C4' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-01-01' as date)
 as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-4 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('5' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-02-01' as date)
 as "invoice_month", 
    
    cast(3 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(8 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('6' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-02-01' as date)
 as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(1 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
),  __dbt__cte__int_calendar_months as (

-- Fixture for int_calendar_months
select 
    
    cast('2010-10-01' as date)
 as "month_start"
union all
select 
    
    cast('2010-11-01' as date)
 as "month_start"
union all
select 
    
    cast('2010-12-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-01-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-02-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-03-01' as date)
 as "month_start"
), lines as (

    select * from __dbt__cte__fct_invoice_lines

),

calendar as (

    select * from __dbt__cte__int_calendar_months

),

last_month as (

    select max(invoice_month) as last_month
    from lines

),

customer_lines as (

    select *
    from lines
    where
        customer_id is not null
        and invoice_type in ('sale', 'cancellation')

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
        
        (
        (date_part('year', (calendar.month_start)::date) - date_part('year', (cohort_sizes.cohort_month)::date))
     * 12 + date_part('month', (calendar.month_start)::date) - date_part('month', (cohort_sizes.cohort_month)::date))
     as months_since_first -- noqa: LT05
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