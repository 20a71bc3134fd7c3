
-- Fixture for fct_invoice_lines
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-01-01' as date)
 as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(100 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('C2' as text)
 as "invoice_id", 
    
    cast('cancellation' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-03-01' as date)
 as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-50 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('3' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-04-01' as date)
 as "invoice_month", 
    
    cast(1 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(60 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('4' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-04-01' as date)
 as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(30 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('4' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-04-01' as date)
 as "invoice_month", 
    
    cast(2 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(10 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"
union all
select cast(null as bigint) as "invoice_line_id", 
    
    cast('A5' as text)
 as "invoice_id", 
    
    cast('adjustment' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", cast(null as date) as "invoice_date", 
    
    cast('2011-04-01' as date)
 as "invoice_month", 
    
    cast(null as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(-999 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"