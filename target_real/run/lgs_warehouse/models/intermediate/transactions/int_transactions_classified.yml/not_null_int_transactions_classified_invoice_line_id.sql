
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select invoice_line_id
from "lgs_real"."intermediate"."int_transactions_classified"
where invoice_line_id is null



  
  
      
    ) dbt_internal_test