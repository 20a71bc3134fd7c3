
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

    select
        cohort_month, months_since_first,
        count(*) as occurrences
    from "lgs_real"."marts"."customer_cohorts"
    group by cohort_month, months_since_first
    having count(*) > 1


  
  
      
    ) dbt_internal_test