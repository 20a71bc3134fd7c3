
    
    

with all_values as (

    select
        line_status as value_field,
        count(*) as n_records

    from "lgs_real"."intermediate"."int_transactions_classified"
    group by line_status

)

select *
from all_values
where value_field not in (
    'kept','duplicate','rejected'
)


