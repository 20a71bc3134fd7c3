
    
    

select
    month_start as unique_field,
    count(*) as n_records

from "lgs_real"."intermediate"."int_calendar_months"
where month_start is not null
group by month_start
having count(*) > 1


