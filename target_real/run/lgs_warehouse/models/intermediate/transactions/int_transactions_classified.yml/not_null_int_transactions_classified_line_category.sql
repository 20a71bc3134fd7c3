
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select line_category
from "lgs_real"."intermediate"."int_transactions_classified"
where line_category is null



  
  
      
    ) dbt_internal_test