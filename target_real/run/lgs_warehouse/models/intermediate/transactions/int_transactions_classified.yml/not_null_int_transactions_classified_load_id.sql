
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select load_id
from "lgs_real"."intermediate"."int_transactions_classified"
where load_id is null



  
  
      
    ) dbt_internal_test