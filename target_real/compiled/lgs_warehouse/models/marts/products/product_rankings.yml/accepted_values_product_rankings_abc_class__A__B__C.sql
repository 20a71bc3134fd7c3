
    
    

with all_values as (

    select
        abc_class as value_field,
        count(*) as n_records

    from "lgs_real"."marts"."product_rankings"
    group by abc_class

)

select *
from all_values
where value_field not in (
    'A','B','C'
)


