
-- Fixture for stock_code_categories
select 
    
    cast('POST' as text)
 as "stock_code_pattern", 
    
    cast('shipping' as text)
 as "line_category", cast(null as text) as "meaning"
union all
select 
    
    cast('DCGS%' as text)
 as "stock_code_pattern", 
    
    cast('other' as text)
 as "line_category", cast(null as text) as "meaning"
union all
select 
    
    cast('DCGSSPECIAL' as text)
 as "stock_code_pattern", 
    
    cast('sample' as text)
 as "line_category", cast(null as text) as "meaning"
union all
select 
    
    cast('gift_%' as text)
 as "stock_code_pattern", 
    
    cast('voucher' as text)
 as "line_category", cast(null as text) as "meaning"