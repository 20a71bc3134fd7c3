
-- Fixture for fct_invoice_lines
select cast(null as bigint) as "invoice_line_id", 
    
    cast('1' as text)
 as "invoice_id", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as timestamp without time zone) as "invoiced_at", 
    
    cast('2011-12-01' as date)
 as "invoice_date", cast(null as date) as "invoice_month", 
    
    cast(42 as integer)
 as "customer_id", cast(null as text) as "country", cast(null as text) as "stock_code", cast(null as text) as "line_category", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", 
    
    cast(99.5 as numeric)
 as "line_amount", cast(null as text) as "description", cast(null as bigint) as "load_id"