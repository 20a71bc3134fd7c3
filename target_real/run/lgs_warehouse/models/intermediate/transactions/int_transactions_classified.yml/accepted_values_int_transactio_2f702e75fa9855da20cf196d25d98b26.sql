
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        line_category as value_field,
        count(*) as n_records

    from "lgs_real"."intermediate"."int_transactions_classified"
    group by line_category

)

select *
from all_values
where value_field not in (
    'product','shipping','fee','manual','discount','sample','voucher','adjustment','test','other'
)



  
  
      
    ) dbt_internal_test