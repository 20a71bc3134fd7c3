
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select stock_code_pattern
from "lgs_real"."reference"."stock_code_categories"
where stock_code_pattern is null



  
  
      
    ) dbt_internal_test