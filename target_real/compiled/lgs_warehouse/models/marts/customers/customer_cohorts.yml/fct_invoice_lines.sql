
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