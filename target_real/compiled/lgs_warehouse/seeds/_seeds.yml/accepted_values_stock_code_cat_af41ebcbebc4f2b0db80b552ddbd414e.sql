
    
    

with all_values as (

    select
        line_category as value_field,
        count(*) as n_records

    from "lgs_real"."reference"."stock_code_categories"
    group by line_category

)

select *
from all_values
where value_field not in (
    'shipping','fee','manual','discount','sample','voucher','adjustment','test','other'
)


