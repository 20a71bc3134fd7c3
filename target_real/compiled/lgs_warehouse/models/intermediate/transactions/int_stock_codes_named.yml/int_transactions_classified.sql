
-- Fixture for int_transactions_classified
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('ZEBRA MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('ZEBRA MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('APPLE MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('APPLE MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('duplicate' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('APPLE MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('rejected' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('B2' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('RED BAG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('B2' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('BLUE BAG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('B2' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast(null as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('C3' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast(null as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('other' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"