
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "customer_id","country","first_purchase_date","last_purchase_date","lifetime_orders","lifetime_cancellations","lifetime_gross_revenue","lifetime_net_revenue","segment", 'actual' as "actual_or_expected"
  from (
    with  __dbt__cte__fct_invoice_lines as (

-- Fixture for fct_invoice_lines
select 
    
    cast(1 as bigint)
 as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", 
    
    cast('2011-01-01 10:00:00' as timestamp without time zone)
 as "invoiced_at", 
    
    cast('2011-01-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", 
    
    cast('France' as text)
 as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select 
    
    cast(2 as bigint)
 as "invoice_line_id", 
    
    cast('2' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", 
    
    cast('2011-02-01 10:00:00' as timestamp without time zone)
 as "invoiced_at", 
    
    cast('2011-02-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(20 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select 
    
    cast(3 as bigint)
 as "invoice_line_id", 
    
    cast('C3' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", 
    
    cast('2011-01-15 10:00:00' as timestamp without time zone)
 as "invoiced_at", 
    
    cast('2011-01-15' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-5 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select 
    
    cast(4 as bigint)
 as "invoice_line_id", 
    
    cast('C4' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", 
    
    cast('2011-01-15 10:00:00' as timestamp without time zone)
 as "invoiced_at", 
    
    cast('2011-01-15' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", 
    
    cast('Spain' as text)
 as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-7 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
),  __dbt__cte__customer_rfm as (

-- Fixture for customer_rfm
select 
    
    cast(1 as integer)
 as "customer_id", cast(null as date) as "as_of_date", cast(null as date) as "first_invoice_date", cast(null as date) as "last_invoice_date", cast(null as integer) as "recency_days", cast(null as bigint) as "frequency", cast(null as numeric) as "monetary", cast(null as integer) as "r_score", cast(null as integer) as "f_score", cast(null as integer) as "m_score", 
    
    cast('555' as text)
 as "rfm_score", 
    
    cast('Champions' as text)
 as "segment", cast(null as text) as "campaign", cast(null as text) as "recommended_action"
), lines as (

    select * from __dbt__cte__fct_invoice_lines
    where customer_id is not null

),

rfm as (

    select * from __dbt__cte__customer_rfm

),

latest_country as (

    select
        customer_id,
        country,
        row_number() over (
            partition by customer_id
            order by invoiced_at desc, invoice_line_id desc
        ) as recency_rank
    from lines

),

lifetime as (

    select
        customer_id,
        min(case when invoice_type = 'sale' then invoice_date end) as first_purchase_date,
        max(case when invoice_type = 'sale' then invoice_date end) as last_purchase_date,
        count(distinct case when invoice_type = 'sale' then invoice_id end) as lifetime_orders,
        count(distinct case when invoice_type = 'cancellation' then invoice_id end) as lifetime_cancellations,
        coalesce(sum(case when invoice_type = 'sale' then line_amount end), 0) as lifetime_gross_revenue,
        coalesce(sum(case when invoice_type in ('sale', 'cancellation') then line_amount end), 0)
            as lifetime_net_revenue
    from lines
    group by customer_id

),

final as (

    select
        cast(lifetime.customer_id as integer) as customer_id,
        cast(latest_country.country as text) as country,
        cast(lifetime.first_purchase_date as date) as first_purchase_date,
        cast(lifetime.last_purchase_date as date) as last_purchase_date,
        cast(lifetime.lifetime_orders as bigint) as lifetime_orders,
        cast(lifetime.lifetime_cancellations as bigint) as lifetime_cancellations,
        cast(lifetime.lifetime_gross_revenue as numeric) as lifetime_gross_revenue,
        cast(lifetime.lifetime_net_revenue as numeric) as lifetime_net_revenue,
        cast(rfm.rfm_score as text) as rfm_score,
        cast(rfm.segment as text) as segment
    from lifetime
    inner join latest_country
        on
            lifetime.customer_id = latest_country.customer_id
            and latest_country.recency_rank = 1
    left join rfm
        on lifetime.customer_id = rfm.customer_id

)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "customer_id", "country", "first_purchase_date", "last_purchase_date", "lifetime_orders", "lifetime_cancellations", "lifetime_gross_revenue", "lifetime_net_revenue", "segment", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast(1 as integer)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", 
    
    cast('2011-01-01' as date)
 as "first_purchase_date", 
    
    cast('2011-02-01' as date)
 as "last_purchase_date", 
    
    cast(2 as bigint)
 as "lifetime_orders", 
    
    cast(1 as bigint)
 as "lifetime_cancellations", 
    
    cast(30 as numeric)
 as "lifetime_gross_revenue", 
    
    cast(25 as numeric)
 as "lifetime_net_revenue", 
    
    cast('Champions' as text)
 as "segment"
union all
select 
    
    cast(2 as integer)
 as "customer_id", 
    
    cast('Spain' as text)
 as "country", 
    
    cast(null as date)
 as "first_purchase_date", 
    
    cast(null as date)
 as "last_purchase_date", 
    
    cast(0 as bigint)
 as "lifetime_orders", 
    
    cast(1 as bigint)
 as "lifetime_cancellations", 
    
    cast(0 as numeric)
 as "lifetime_gross_revenue", 
    
    cast(-7 as numeric)
 as "lifetime_net_revenue", 
    
    cast(null as text)
 as "segment"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected