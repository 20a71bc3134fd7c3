
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