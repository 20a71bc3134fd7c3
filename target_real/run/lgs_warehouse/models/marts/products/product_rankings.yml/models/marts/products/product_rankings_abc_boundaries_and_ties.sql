
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "stock_code","product_name","units_sold","units_returned","gross_revenue","net_revenue","order_count","customer_count","revenue_rank","units_rank","orders_rank","abc_class", 'actual' as "actual_or_expected"
  from (
    with  __dbt__cte__fct_invoice_lines as (

-- Fixture for fct_invoice_lines
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10001' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(10 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(50 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('2' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10002' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(10 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(30 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('3' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(null as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10003' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(5 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(15 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('4' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10004' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(1 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(5 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('5' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10005' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(2 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(4 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('C6' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10005' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(-2 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-4 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('7' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10006' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(1 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('C8' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('10006' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(-4 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-20 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('C9' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('20000' as text)
 as "stock_code", 
    
    cast('product' as text)
 as "line_category", 
    
    cast(-1 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-3 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", 
    
    cast('POST' as text)
 as "stock_code", 
    
    cast('shipping' as text)
 as "line_category", 
    
    cast(1 as integer)
 as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(500 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
),  __dbt__cte__int_stock_codes_named as (

-- Fixture for int_stock_codes_named
select 
    
    cast('10001' as text)
 as "stock_code", 
    
    cast('ONE' as text)
 as "product_name", cast(null as text) as "line_category"
union all
select 
    
    cast('10002' as text)
 as "stock_code", 
    
    cast('TWO' as text)
 as "product_name", cast(null as text) as "line_category"
), lines as (

    select * from __dbt__cte__fct_invoice_lines
    where line_category = 'product'

),

names as (

    select * from __dbt__cte__int_stock_codes_named

),

product_totals as (

    select
        stock_code,
        min(case when invoice_type = 'sale' then invoiced_at end) as first_sold_at,
        max(case when invoice_type = 'sale' then invoiced_at end) as last_sold_at,
        coalesce(sum(case when invoice_type = 'sale' then quantity end), 0) as units_sold,
        -coalesce(sum(case when invoice_type = 'cancellation' then quantity end), 0) as units_returned,
        coalesce(sum(case when invoice_type = 'sale' then line_amount end), 0) as gross_revenue,
        coalesce(sum(case when invoice_type = 'cancellation' then line_amount end), 0) as returns_amount,
        count(distinct case when invoice_type = 'sale' then invoice_id end) as order_count,
        count(distinct case when invoice_type = 'sale' then customer_id end) as customer_count
    from lines
    group by stock_code
    having count(case when invoice_type = 'sale' then 1 end) > 0

),

with_net as (

    select
        *,
        gross_revenue + returns_amount as net_revenue
    from product_totals

),

cumulated as (

    select
        *,
        rank() over (order by net_revenue desc) as revenue_rank,
        rank() over (order by units_sold desc) as units_rank,
        rank() over (order by order_count desc) as orders_rank,
        sum(case when net_revenue > 0 then net_revenue else 0 end) over () as total_positive_revenue,
        coalesce(sum(case when net_revenue > 0 then net_revenue else 0 end) over (
            order by net_revenue desc, stock_code asc
            rows between unbounded preceding and 1 preceding
        ), 0) as revenue_before
    from with_net

),

classified as (

    select
        *,
        revenue_before / nullif(total_positive_revenue, 0) as revenue_share_before,
        case
            when net_revenue <= 0 then 'C'
            when revenue_before < 0.8 * total_positive_revenue then 'A'
            when revenue_before < 0.95 * total_positive_revenue then 'B'
            else 'C'
        end as abc_class
    from cumulated

),

final as (

    select
        cast(classified.stock_code as text) as stock_code,
        cast(names.product_name as text) as product_name,
        cast(classified.first_sold_at as timestamp) as first_sold_at,
        cast(classified.last_sold_at as timestamp) as last_sold_at,
        cast(classified.units_sold as bigint) as units_sold,
        cast(classified.units_returned as bigint) as units_returned,
        cast(classified.gross_revenue as numeric) as gross_revenue,
        cast(classified.net_revenue as numeric) as net_revenue,
        cast(classified.order_count as bigint) as order_count,
        cast(classified.customer_count as bigint) as customer_count,
        cast(classified.revenue_rank as bigint) as revenue_rank,
        cast(classified.units_rank as bigint) as units_rank,
        cast(classified.orders_rank as bigint) as orders_rank,
        cast(classified.abc_class as text) as abc_class,
        cast(classified.returns_amount as numeric) as returns_amount,
        cast(round(classified.revenue_share_before, 6) as numeric) as revenue_share_before
    from classified
    left join names
        on classified.stock_code = names.stock_code

)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "stock_code", "product_name", "units_sold", "units_returned", "gross_revenue", "net_revenue", "order_count", "customer_count", "revenue_rank", "units_rank", "orders_rank", "abc_class", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('10001' as text)
 as "stock_code", 
    
    cast('ONE' as text)
 as "product_name", 
    
    cast(10 as bigint)
 as "units_sold", 
    
    cast(0 as bigint)
 as "units_returned", 
    
    cast(50 as numeric)
 as "gross_revenue", 
    
    cast(50 as numeric)
 as "net_revenue", 
    
    cast(1 as bigint)
 as "order_count", 
    
    cast(1 as bigint)
 as "customer_count", 
    
    cast(1 as bigint)
 as "revenue_rank", 
    
    cast(1 as bigint)
 as "units_rank", 
    
    cast(1 as bigint)
 as "orders_rank", 
    
    cast('A' as text)
 as "abc_class"
union all
select 
    
    cast('10002' as text)
 as "stock_code", 
    
    cast('TWO' as text)
 as "product_name", 
    
    cast(10 as bigint)
 as "units_sold", 
    
    cast(0 as bigint)
 as "units_returned", 
    
    cast(30 as numeric)
 as "gross_revenue", 
    
    cast(30 as numeric)
 as "net_revenue", 
    
    cast(1 as bigint)
 as "order_count", 
    
    cast(1 as bigint)
 as "customer_count", 
    
    cast(2 as bigint)
 as "revenue_rank", 
    
    cast(1 as bigint)
 as "units_rank", 
    
    cast(1 as bigint)
 as "orders_rank", 
    
    cast('A' as text)
 as "abc_class"
union all
select 
    
    cast('10003' as text)
 as "stock_code", 
    
    cast(null as text)
 as "product_name", 
    
    cast(5 as bigint)
 as "units_sold", 
    
    cast(0 as bigint)
 as "units_returned", 
    
    cast(15 as numeric)
 as "gross_revenue", 
    
    cast(15 as numeric)
 as "net_revenue", 
    
    cast(1 as bigint)
 as "order_count", 
    
    cast(0 as bigint)
 as "customer_count", 
    
    cast(3 as bigint)
 as "revenue_rank", 
    
    cast(3 as bigint)
 as "units_rank", 
    
    cast(1 as bigint)
 as "orders_rank", 
    
    cast('B' as text)
 as "abc_class"
union all
select 
    
    cast('10004' as text)
 as "stock_code", 
    
    cast(null as text)
 as "product_name", 
    
    cast(1 as bigint)
 as "units_sold", 
    
    cast(0 as bigint)
 as "units_returned", 
    
    cast(5 as numeric)
 as "gross_revenue", 
    
    cast(5 as numeric)
 as "net_revenue", 
    
    cast(1 as bigint)
 as "order_count", 
    
    cast(1 as bigint)
 as "customer_count", 
    
    cast(4 as bigint)
 as "revenue_rank", 
    
    cast(5 as bigint)
 as "units_rank", 
    
    cast(1 as bigint)
 as "orders_rank", 
    
    cast('C' as text)
 as "abc_class"
union all
select 
    
    cast('10005' as text)
 as "stock_code", 
    
    cast(null as text)
 as "product_name", 
    
    cast(2 as bigint)
 as "units_sold", 
    
    cast(2 as bigint)
 as "units_returned", 
    
    cast(4 as numeric)
 as "gross_revenue", 
    
    cast(0 as numeric)
 as "net_revenue", 
    
    cast(1 as bigint)
 as "order_count", 
    
    cast(1 as bigint)
 as "customer_count", 
    
    cast(5 as bigint)
 as "revenue_rank", 
    
    cast(4 as bigint)
 as "units_rank", 
    
    cast(1 as bigint)
 as "orders_rank", 
    
    cast('C' as text)
 as "abc_class"
union all
select 
    
    cast('10006' as text)
 as "stock_code", 
    
    cast(null as text)
 as "product_name", 
    
    cast(1 as bigint)
 as "units_sold", 
    
    cast(4 as bigint)
 as "units_returned", 
    
    cast(10 as numeric)
 as "gross_revenue", 
    
    cast(-10 as numeric)
 as "net_revenue", 
    
    cast(1 as bigint)
 as "order_count", 
    
    cast(1 as bigint)
 as "customer_count", 
    
    cast(6 as bigint)
 as "revenue_rank", 
    
    cast(5 as bigint)
 as "units_rank", 
    
    cast(1 as bigint)
 as "orders_rank", 
    
    cast('C' as text)
 as "abc_class"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected