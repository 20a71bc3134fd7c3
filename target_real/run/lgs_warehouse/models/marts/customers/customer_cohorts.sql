
  
    

  create  table "lgs_real"."marts"."customer_cohorts__dbt_tmp"
  
  
    
  
  (
    cohort_month date not null,
    months_since_first integer not null,
    cohort_size bigint,
    active_customers bigint,
    retention_rate numeric,
    net_sales numeric,
    activity_month date
    
    )
 ;
    insert into "lgs_real"."marts"."customer_cohorts__dbt_tmp" (
      cohort_month, months_since_first, cohort_size, active_customers, retention_rate, net_sales, activity_month
    )
  
  (
    
    select cohort_month, months_since_first, cohort_size, active_customers, retention_rate, net_sales, activity_month
    from (
        with lines as (

    select * from "lgs_real"."marts"."fct_invoice_lines"

),

calendar as (

    select * from "lgs_real"."intermediate"."int_calendar_months"

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
    ) as model_subq
  );
  