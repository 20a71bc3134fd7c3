
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "customer_id","r_score","f_score","segment", 'actual' as "actual_or_expected"
  from (
    with  __dbt__cte__fct_invoice_lines as (

-- Fixture for fct_invoice_lines
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('2' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-02' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('3' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-03' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(3 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('4' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-04' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(4 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('5' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-05' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(5 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('6' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(6 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('7' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-02' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(7 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('8' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-03' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(8 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('9' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-04' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(9 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('10' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-05' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(10 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('11' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(11 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('12' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-02' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(12 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('13' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-03' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(13 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('14' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-04' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(14 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('15' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-05' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(15 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('16' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(16 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('17' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-02' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(17 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('18' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-03' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(18 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('19' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-04' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(19 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('20' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-05' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(20 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('21' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(21 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('22' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-02' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(22 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('23' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-03' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(23 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('24' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-04' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(24 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('25' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-01-05' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(25 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
),  __dbt__cte__rfm_segments as (

-- Fixture for rfm_segments
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Can''t Lose' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Win them back with new products and a personal call; do not lose to competitors.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Can''t Lose' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Win them back with new products and a personal call; do not lose to competitors.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('About to Sleep' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Share popular products and a discount to re-engage.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('About to Sleep' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Share popular products and a discount to re-engage.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('Need Attention' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Limited-time offer based on past purchases to prevent slipping away.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('Promising' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Build the relationship: brand story and a time-limited offer.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('New Customers' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Welcome series with onboarding offers to earn a second order.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('Champions' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Reward them: early access to new ranges and loyalty perks; ask for reviews.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Champions' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Reward them: early access to new ranges and loyalty perks; ask for reviews.' as text)
 as "recommended_action"
), lines as (

    select * from __dbt__cte__fct_invoice_lines

),

segments as (

    select * from __dbt__cte__rfm_segments

),

as_of as (

    select
        
            cast(

    max(invoice_date) + ((interval '1 day') * (1))

 as date) as as_of_date
        
    from lines
    where invoice_type = 'sale'

),

customer_totals as (

    select
        customer_id,
        min(case when invoice_type = 'sale' then invoice_date end) as first_invoice_date,
        max(case when invoice_type = 'sale' then invoice_date end) as last_invoice_date,
        count(distinct case when invoice_type = 'sale' then invoice_id end) as frequency,
        sum(line_amount) as monetary
    from lines
    where
        customer_id is not null
        and invoice_type in ('sale', 'cancellation')
    group by customer_id
    having count(case when invoice_type = 'sale' then 1 end) > 0

),

with_recency as (

    select
        customer_totals.*,
        as_of.as_of_date,
        
        ((as_of.as_of_date)::date - (customer_totals.last_invoice_date)::date)
     as recency_days -- noqa: LT05
    from customer_totals
    cross join as_of

),

scored as (

    select
        *,
        ntile(5) over (order by recency_days desc, customer_id asc) as r_score,
        ntile(5) over (order by frequency, customer_id) as f_score,
        ntile(5) over (order by monetary, customer_id) as m_score
    from with_recency

),

final as (

    select
        cast(scored.customer_id as integer) as customer_id,
        cast(scored.as_of_date as date) as as_of_date,
        cast(scored.first_invoice_date as date) as first_invoice_date,
        cast(scored.last_invoice_date as date) as last_invoice_date,
        cast(scored.recency_days as integer) as recency_days,
        cast(scored.frequency as bigint) as frequency,
        cast(scored.monetary as numeric) as monetary,
        cast(scored.r_score as integer) as r_score,
        cast(scored.f_score as integer) as f_score,
        cast(scored.m_score as integer) as m_score,
        cast(
    cast(scored.r_score as TEXT)
 || 
    cast(scored.f_score as TEXT)
 || 
    cast(scored.m_score as TEXT)
 as text) as rfm_score,
        cast(segments.segment as text) as segment,
        cast(segments.campaign as text) as campaign,
        cast(segments.recommended_action as text) as recommended_action
    from scored
    left join segments
        on
            scored.r_score = segments.r_score
            and scored.f_score = segments.f_score

)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "customer_id", "r_score", "f_score", "segment", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast(1 as integer)
 as "customer_id", 
    
    cast(1 as integer)
 as "r_score", 
    
    cast(1 as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment"
union all
select 
    
    cast(2 as integer)
 as "customer_id", 
    
    cast(2 as integer)
 as "r_score", 
    
    cast(1 as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment"
union all
select 
    
    cast(3 as integer)
 as "customer_id", 
    
    cast(3 as integer)
 as "r_score", 
    
    cast(1 as integer)
 as "f_score", 
    
    cast('About to Sleep' as text)
 as "segment"
union all
select 
    
    cast(4 as integer)
 as "customer_id", 
    
    cast(4 as integer)
 as "r_score", 
    
    cast(1 as integer)
 as "f_score", 
    
    cast('Promising' as text)
 as "segment"
union all
select 
    
    cast(5 as integer)
 as "customer_id", 
    
    cast(5 as integer)
 as "r_score", 
    
    cast(1 as integer)
 as "f_score", 
    
    cast('New Customers' as text)
 as "segment"
union all
select 
    
    cast(6 as integer)
 as "customer_id", 
    
    cast(1 as integer)
 as "r_score", 
    
    cast(2 as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment"
union all
select 
    
    cast(7 as integer)
 as "customer_id", 
    
    cast(2 as integer)
 as "r_score", 
    
    cast(2 as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment"
union all
select 
    
    cast(8 as integer)
 as "customer_id", 
    
    cast(3 as integer)
 as "r_score", 
    
    cast(2 as integer)
 as "f_score", 
    
    cast('About to Sleep' as text)
 as "segment"
union all
select 
    
    cast(9 as integer)
 as "customer_id", 
    
    cast(4 as integer)
 as "r_score", 
    
    cast(2 as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment"
union all
select 
    
    cast(10 as integer)
 as "customer_id", 
    
    cast(5 as integer)
 as "r_score", 
    
    cast(2 as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment"
union all
select 
    
    cast(11 as integer)
 as "customer_id", 
    
    cast(1 as integer)
 as "r_score", 
    
    cast(3 as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment"
union all
select 
    
    cast(12 as integer)
 as "customer_id", 
    
    cast(2 as integer)
 as "r_score", 
    
    cast(3 as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment"
union all
select 
    
    cast(13 as integer)
 as "customer_id", 
    
    cast(3 as integer)
 as "r_score", 
    
    cast(3 as integer)
 as "f_score", 
    
    cast('Need Attention' as text)
 as "segment"
union all
select 
    
    cast(14 as integer)
 as "customer_id", 
    
    cast(4 as integer)
 as "r_score", 
    
    cast(3 as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment"
union all
select 
    
    cast(15 as integer)
 as "customer_id", 
    
    cast(5 as integer)
 as "r_score", 
    
    cast(3 as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment"
union all
select 
    
    cast(16 as integer)
 as "customer_id", 
    
    cast(1 as integer)
 as "r_score", 
    
    cast(4 as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment"
union all
select 
    
    cast(17 as integer)
 as "customer_id", 
    
    cast(2 as integer)
 as "r_score", 
    
    cast(4 as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment"
union all
select 
    
    cast(18 as integer)
 as "customer_id", 
    
    cast(3 as integer)
 as "r_score", 
    
    cast(4 as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment"
union all
select 
    
    cast(19 as integer)
 as "customer_id", 
    
    cast(4 as integer)
 as "r_score", 
    
    cast(4 as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment"
union all
select 
    
    cast(20 as integer)
 as "customer_id", 
    
    cast(5 as integer)
 as "r_score", 
    
    cast(4 as integer)
 as "f_score", 
    
    cast('Champions' as text)
 as "segment"
union all
select 
    
    cast(21 as integer)
 as "customer_id", 
    
    cast(1 as integer)
 as "r_score", 
    
    cast(5 as integer)
 as "f_score", 
    
    cast('Can''t Lose' as text)
 as "segment"
union all
select 
    
    cast(22 as integer)
 as "customer_id", 
    
    cast(2 as integer)
 as "r_score", 
    
    cast(5 as integer)
 as "f_score", 
    
    cast('Can''t Lose' as text)
 as "segment"
union all
select 
    
    cast(23 as integer)
 as "customer_id", 
    
    cast(3 as integer)
 as "r_score", 
    
    cast(5 as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment"
union all
select 
    
    cast(24 as integer)
 as "customer_id", 
    
    cast(4 as integer)
 as "r_score", 
    
    cast(5 as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment"
union all
select 
    
    cast(25 as integer)
 as "customer_id", 
    
    cast(5 as integer)
 as "r_score", 
    
    cast(5 as integer)
 as "f_score", 
    
    cast('Champions' as text)
 as "segment"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected