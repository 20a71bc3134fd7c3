
-- Fixture for stg_lgs__transactions
select 
    
    cast(1 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('85123A' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(1 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(True as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h1' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(2 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('POST' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(2 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h2' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(3 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('DCGS0070' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(3 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h3' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(4 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('GIFT_0001_20' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(4 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h4' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(5 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('ZZZ' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(5 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h1' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(6 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('DCGSSPECIAL' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(6 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", 
    
    cast('quantity is not a whole number' as text)
 as "rejection_reason", 
    
    cast('h6' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(7 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast(null as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(7 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h7' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"