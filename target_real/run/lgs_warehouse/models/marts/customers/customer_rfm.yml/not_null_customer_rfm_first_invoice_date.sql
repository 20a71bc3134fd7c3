
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select first_invoice_date
from "lgs_real"."marts"."customer_rfm"
where first_invoice_date is null



  
  
      
    ) dbt_internal_test