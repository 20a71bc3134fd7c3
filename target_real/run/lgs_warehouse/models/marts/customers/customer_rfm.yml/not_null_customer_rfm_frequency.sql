
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select frequency
from "lgs_real"."marts"."customer_rfm"
where frequency is null



  
  
      
    ) dbt_internal_test