
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select invoice_line_id
from "lgs_real"."marts"."dq_rejected_rows"
where invoice_line_id is null



  
  
      
    ) dbt_internal_test