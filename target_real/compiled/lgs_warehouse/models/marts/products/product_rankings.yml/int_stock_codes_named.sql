
-- Fixture for int_stock_codes_named
select 
    
    cast('10001' as text)
 as "stock_code", 
    
    cast('ONE' as text)
 as "product_name", cast(null as text) as "line_category"
union all
select 
    
    cast('10002' as text)
 as "stock_code", 
    
    cast('TWO' as text)
 as "product_name", cast(null as text) as "line_category"