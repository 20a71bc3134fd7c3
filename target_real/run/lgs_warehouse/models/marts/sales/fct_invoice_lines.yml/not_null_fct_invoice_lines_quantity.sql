
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select quantity
from "lgs_real"."marts"."fct_invoice_lines"
where quantity is null



  
  
      
    ) dbt_internal_test