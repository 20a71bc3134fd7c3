
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select line_hash
from "lgs_real"."intermediate"."int_transactions_classified"
where line_hash is null



  
  
      
    ) dbt_internal_test