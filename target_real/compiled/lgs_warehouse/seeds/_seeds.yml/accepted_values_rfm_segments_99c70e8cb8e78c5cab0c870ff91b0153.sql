
    
    

with all_values as (

    select
        campaign as value_field,
        count(*) as n_records

    from "lgs_real"."reference"."rfm_segments"
    group by campaign

)

select *
from all_values
where value_field not in (
    'loyalty rewards','nurture','re-activation','win-back'
)


