
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select is_duplicate
from "lgs_real"."intermediate"."int_transactions_classified"
where is_duplicate is null



  
  
      
    ) dbt_internal_test