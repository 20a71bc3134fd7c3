
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