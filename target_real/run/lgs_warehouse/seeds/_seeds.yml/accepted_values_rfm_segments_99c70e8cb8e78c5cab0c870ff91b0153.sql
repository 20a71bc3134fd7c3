
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

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



  
  
      
    ) dbt_internal_test