
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