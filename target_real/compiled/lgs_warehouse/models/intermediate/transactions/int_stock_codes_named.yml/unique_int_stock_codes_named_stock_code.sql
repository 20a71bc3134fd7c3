
    
    

select
    stock_code as unique_field,
    count(*) as n_records

from "lgs_real"."intermediate"."int_stock_codes_named"
where stock_code is not null
group by stock_code
having count(*) > 1


