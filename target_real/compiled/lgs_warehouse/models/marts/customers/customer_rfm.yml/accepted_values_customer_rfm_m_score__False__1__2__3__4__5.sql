
    
    

with all_values as (

    select
        m_score as value_field,
        count(*) as n_records

    from "lgs_real"."marts"."customer_rfm"
    group by m_score

)

select *
from all_values
where value_field not in (
    1,2,3,4,5
)


