
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select invoiced_at
from "lgs_real"."marts"."fct_invoices"
where invoiced_at is null



  
  
      
    ) dbt_internal_test