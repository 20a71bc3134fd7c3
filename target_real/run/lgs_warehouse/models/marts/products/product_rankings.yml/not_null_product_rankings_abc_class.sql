
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select abc_class
from "lgs_real"."marts"."product_rankings"
where abc_class is null



  
  
      
    ) dbt_internal_test