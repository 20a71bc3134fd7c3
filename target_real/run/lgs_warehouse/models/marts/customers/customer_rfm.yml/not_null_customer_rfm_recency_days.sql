
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select recency_days
from "lgs_real"."marts"."customer_rfm"
where recency_days is null



  
  
      
    ) dbt_internal_test