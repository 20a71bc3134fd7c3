
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select as_of_date
from "lgs_real"."marts"."customer_rfm"
where as_of_date is null



  
  
      
    ) dbt_internal_test