
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select months_since_first
from "lgs_real"."marts"."customer_cohorts"
where months_since_first is null



  
  
      
    ) dbt_internal_test