
-- Fixture for transactions
select 
    
    cast('1' as text)
 as "invoice_no", 
    
    cast('22423' as text)
 as "stock_code", 
    
    cast('CAKESTAND' as text)
 as "description", 
    
    cast('1' as text)
 as "quantity", 
    
    cast('2011-01-01 10:00' as text)
 as "invoice_date", 
    
    cast('12.75' as text)
 as "unit_price", 
    
    cast('1.0' as text)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", 
    
    cast(1 as bigint)
 as "_raw_row_id", 
    
    cast(1 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(1 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"
union all
select 
    
    cast('1' as text)
 as "invoice_no", 
    
    cast('22423' as text)
 as "stock_code", 
    
    cast('CAKESTAND' as text)
 as "description", 
    
    cast('1' as text)
 as "quantity", 
    
    cast('2011-01-01 10:00' as text)
 as "invoice_date", 
    
    cast('12.75' as text)
 as "unit_price", 
    
    cast('1.0' as text)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", 
    
    cast(2 as bigint)
 as "_raw_row_id", 
    
    cast(2 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(9 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"
union all
select 
    
    cast('1' as text)
 as "invoice_no", 
    
    cast('22423' as text)
 as "stock_code", 
    
    cast('CAKESTAND' as text)
 as "description", 
    
    cast('1' as text)
 as "quantity", 
    
    cast('2011-01-01 10:00' as text)
 as "invoice_date", 
    
    cast('12.75' as text)
 as "unit_price", 
    
    cast('1' as text)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", 
    
    cast(3 as bigint)
 as "_raw_row_id", 
    
    cast(1 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(3 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"
union all
select 
    
    cast('1' as text)
 as "invoice_no", 
    
    cast('22423' as text)
 as "stock_code", 
    
    cast('' as text)
 as "description", 
    
    cast('1' as text)
 as "quantity", 
    
    cast('2011-01-01 10:00' as text)
 as "invoice_date", 
    
    cast('12.75' as text)
 as "unit_price", 
    
    cast('1' as text)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", 
    
    cast(4 as bigint)
 as "_raw_row_id", 
    
    cast(1 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(4 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"
union all
select 
    
    cast('1' as text)
 as "invoice_no", 
    
    cast('22423' as text)
 as "stock_code", 
    
    cast(null as text)
 as "description", 
    
    cast('1' as text)
 as "quantity", 
    
    cast('2011-01-01 10:00' as text)
 as "invoice_date", 
    
    cast('12.75' as text)
 as "unit_price", 
    
    cast('1' as text)
 as "customer_id", 
    
    cast('EIRE' as text)
 as "country", 
    
    cast(5 as bigint)
 as "_raw_row_id", 
    
    cast(1 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(5 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"