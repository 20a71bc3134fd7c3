
    
    

select
    month as unique_field,
    count(*) as n_records

from "lgs_real"."marts"."fct_monthly_sales"
where month is not null
group by month
having count(*) > 1


