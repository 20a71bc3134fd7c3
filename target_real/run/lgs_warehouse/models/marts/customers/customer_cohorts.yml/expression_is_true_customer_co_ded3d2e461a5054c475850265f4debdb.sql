
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

    select *
    from "lgs_real"."marts"."customer_cohorts"
    where not coalesce(active_customers <= cohort_size and (months_since_first > 0 or active_customers = cohort_size), false)


  
  
      
    ) dbt_internal_test