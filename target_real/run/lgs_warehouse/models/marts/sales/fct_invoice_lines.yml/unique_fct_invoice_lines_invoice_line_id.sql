
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    invoice_line_id as unique_field,
    count(*) as n_records

from "lgs_real"."marts"."fct_invoice_lines"
where invoice_line_id is not null
group by invoice_line_id
having count(*) > 1



  
  
      
    ) dbt_internal_test