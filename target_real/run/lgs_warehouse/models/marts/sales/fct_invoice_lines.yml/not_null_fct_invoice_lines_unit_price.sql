
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select unit_price
from "lgs_real"."marts"."fct_invoice_lines"
where unit_price is null



  
  
      
    ) dbt_internal_test