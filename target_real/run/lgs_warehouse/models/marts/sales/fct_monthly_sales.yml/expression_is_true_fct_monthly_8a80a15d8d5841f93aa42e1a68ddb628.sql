
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

    select *
    from "lgs_real"."marts"."fct_monthly_sales"
    where not coalesce(returning_customers >= 0 and new_customers <= active_customers, false)


  
  
      
    ) dbt_internal_test