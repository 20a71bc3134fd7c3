
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        invoice_type as value_field,
        count(*) as n_records

    from "lgs_real"."marts"."fct_invoice_lines"
    group by invoice_type

)

select *
from all_values
where value_field not in (
    'sale','cancellation','adjustment'
)



  
  
      
    ) dbt_internal_test