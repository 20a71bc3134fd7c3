
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "invoice_id","invoice_type","customer_id","invoiced_at","invoice_month","line_count","product_line_count","total_quantity","invoice_amount","product_amount", 'actual' as "actual_or_expected"
  from (
    with  __dbt__cte__fct_invoice_lines as (

-- Fixture for fct_invoice_lines
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", 
    
    cast('2011-01-05 10:00:00' as timestamp without time zone)
 as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(7 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(2 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(5.0 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", 
    
    cast('2011-01-05 09:59:00' as timestamp without time zone)
 as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(7 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", 
    
    cast('shipping' as text)
 as "line_category", 
    
    cast(1 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(15.0 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('C2' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", 
    
    cast('2011-02-01 08:00:00' as timestamp without time zone)
 as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(null as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", 
    
    cast('discount' as text)
 as "line_category", 
    
    cast(-1 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-3.0 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
), lines as (

    select * from __dbt__cte__fct_invoice_lines

),

invoices as (

    select
        invoice_id,
        min(invoice_type) as invoice_type,
        min(customer_id) as customer_id,
        min(country) as country,
        min(invoiced_at) as invoiced_at,
        count(*) as line_count,
        sum(case when line_category = 'product' then 1 else 0 end) as product_line_count,
        sum(quantity) as total_quantity,
        sum(line_amount) as invoice_amount,
        coalesce(sum(case when line_category = 'product' then line_amount end), 0) as product_amount
    from lines
    group by invoice_id

),

final as (

    select
        cast(invoice_id as text) as invoice_id,
        cast(invoice_type as text) as invoice_type,
        cast(customer_id as integer) as customer_id,
        cast(country as text) as country,
        cast(invoiced_at as timestamp) as invoiced_at,
        cast(date_trunc('month', invoiced_at) as date) as invoice_month,
        cast(line_count as bigint) as line_count,
        cast(product_line_count as bigint) as product_line_count,
        cast(total_quantity as bigint) as total_quantity,
        cast(invoice_amount as numeric) as invoice_amount,
        cast(product_amount as numeric) as product_amount
    from invoices

)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "invoice_id", "invoice_type", "customer_id", "invoiced_at", "invoice_month", "line_count", "product_line_count", "total_quantity", "invoice_amount", "product_amount", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", 
    
    cast(7 as integer)
 as "customer_id", 
    
    cast('2011-01-05 09:59:00' as timestamp without time zone)
 as "invoiced_at", 
    
    cast('2011-01-01' as date)
 as "invoice_month", 
    
    cast(2 as bigint)
 as "line_count", 
    
    cast(1 as bigint)
 as "product_line_count", 
    
    cast(3 as bigint)
 as "total_quantity", 
    
    cast(20.0 as numeric)
 as "invoice_amount", 
    
    cast(5.0 as numeric)
 as "product_amount"
union all
select 
    
    cast('C2' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", 
    
    cast(null as integer)
 as "customer_id", 
    
    cast('2011-02-01 08:00:00' as timestamp without time zone)
 as "invoiced_at", 
    
    cast('2011-02-01' as date)
 as "invoice_month", 
    
    cast(1 as bigint)
 as "line_count", 
    
    cast(0 as bigint)
 as "product_line_count", 
    
    cast(-1 as bigint)
 as "total_quantity", 
    
    cast(-3.0 as numeric)
 as "invoice_amount", 
    
    cast(0 as numeric)
 as "product_amount"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected