
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select load_id
from "lgs_real"."staging"."stg_lgs__transactions"
where load_id is null



  
  
      
    ) dbt_internal_test