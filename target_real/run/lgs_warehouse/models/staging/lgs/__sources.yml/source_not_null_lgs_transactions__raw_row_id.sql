
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select _raw_row_id
from "lgs_real"."raw"."lgs_transactions"
where _raw_row_id is null



  
  
      
    ) dbt_internal_test