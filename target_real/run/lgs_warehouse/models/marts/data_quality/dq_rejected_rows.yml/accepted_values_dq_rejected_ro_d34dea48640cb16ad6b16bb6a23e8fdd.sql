
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        rejection_reason as value_field,
        count(*) as n_records

    from "lgs_real"."marts"."dq_rejected_rows"
    group by rejection_reason

)

select *
from all_values
where value_field not in (
    'invoice number is empty','quantity is not a whole number','price is not a decimal number','invoice date is not a valid YYYY-MM-DD HH:MM[:SS] timestamp','customer id is not a whole number'
)



  
  
      
    ) dbt_internal_test