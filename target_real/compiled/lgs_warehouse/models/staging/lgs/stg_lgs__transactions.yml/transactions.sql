
-- Fixture for transactions
select 
    
    cast('536365' as text)
 as "invoice_no", 
    
    cast('85123a ' as text)
 as "stock_code", 
    
    cast(' WHITE HEART ' as text)
 as "description", 
    
    cast('6' as text)
 as "quantity", 
    
    cast('2010-12-01 08:26:00' as text)
 as "invoice_date", 
    
    cast('2.55' as text)
 as "unit_price", 
    
    cast('17850.0' as text)
 as "customer_id", 
    
    cast('United Kingdom' as text)
 as "country", 
    
    cast(1 as bigint)
 as "_raw_row_id", 
    
    cast(1 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(1 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"
union all
select 
    
    cast('C536379' as text)
 as "invoice_no", 
    
    cast('D' as text)
 as "stock_code", 
    
    cast('Discount' as text)
 as "description", 
    
    cast('-1' as text)
 as "quantity", 
    
    cast('2010-12-01 09:41' as text)
 as "invoice_date", 
    
    cast('27.50' as text)
 as "unit_price", 
    
    cast(' 14527 ' as text)
 as "customer_id", 
    
    cast('United Kingdom' as text)
 as "country", 
    
    cast(2 as bigint)
 as "_raw_row_id", 
    
    cast(1 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(2 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"
union all
select 
    
    cast('A563185' as text)
 as "invoice_no", 
    
    cast('B' as text)
 as "stock_code", 
    
    cast('' as text)
 as "description", 
    
    cast('1' as text)
 as "quantity", 
    
    cast('2011-08-12 14:50:00' as text)
 as "invoice_date", 
    
    cast('-11062.06' as text)
 as "unit_price", 
    
    cast('' as text)
 as "customer_id", 
    
    cast('United Kingdom' as text)
 as "country", 
    
    cast(3 as bigint)
 as "_raw_row_id", 
    
    cast(1 as bigint)
 as "_load_id", cast(null as text) as "_source_file", 
    
    cast(3 as bigint)
 as "_source_row", cast(null as timestamp with time zone) as "_loaded_at"