
-- Fixture for int_calendar_months
select 
    
    cast('2010-12-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-01-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-02-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-03-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-04-01' as date)
 as "month_start"
union all
select 
    
    cast('2011-05-01' as date)
 as "month_start"