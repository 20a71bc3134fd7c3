

with  __dbt__cte__int_transactions_classified as (

-- Fixture for int_transactions_classified
select 
    
    cast(1 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", 
    
    cast('1' as text)
 as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", 
    
    cast(2 as integer)
 as "quantity", 
    
    cast(1.5 as numeric)
 as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", 
    
    cast(3 as numeric)
 as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", cast(null as text) as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select 
    
    cast(2 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", 
    
    cast('1' as text)
 as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", 
    
    cast(2 as integer)
 as "quantity", 
    
    cast(1.5 as numeric)
 as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", 
    
    cast(3 as numeric)
 as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", cast(null as text) as "line_category", 
    
    cast('duplicate' as text)
 as "line_status"
union all
select 
    
    cast(3 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", 
    
    cast(null as text)
 as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", 
    
    cast('sale' as text)
 as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", cast(null as text) as "line_category", 
    
    cast('rejected' as text)
 as "line_status"
union all
select 
    
    cast(4 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", 
    
    cast('C2' as text)
 as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", 
    
    cast(-1 as integer)
 as "quantity", 
    
    cast(1.5 as numeric)
 as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", 
    
    cast('cancellation' as text)
 as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", 
    
    cast(-1.5 as numeric)
 as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", cast(null as text) as "line_category", 
    
    cast('kept' as text)
 as "line_status"
), lines as (

    select * from __dbt__cte__int_transactions_classified
    where
        line_status = 'kept'
        and load_id > 0

),

final as (

    select
        cast(invoice_line_id as bigint) as invoice_line_id,
        cast(invoice_id as text) as invoice_id,
        cast(invoice_type as text) as invoice_type,
        cast(invoiced_at as timestamp) as invoiced_at,
        cast(invoice_date as date) as invoice_date,
        cast(invoice_month as date) as invoice_month,
        cast(customer_id as integer) as customer_id,
        cast(country as text) as country,
        cast(stock_code as text) as stock_code,
        cast(line_category as text) as line_category,
        cast(quantity as integer) as quantity,
        cast(unit_price as numeric) as unit_price,
        cast(line_amount as numeric) as line_amount,
        cast(description as text) as description,
        cast(load_id as bigint) as load_id
    from lines

)

select * from final