
    
    

select
    stock_code_pattern as unique_field,
    count(*) as n_records

from "lgs_real"."reference"."stock_code_categories"
where stock_code_pattern is not null
group by stock_code_pattern
having count(*) > 1


