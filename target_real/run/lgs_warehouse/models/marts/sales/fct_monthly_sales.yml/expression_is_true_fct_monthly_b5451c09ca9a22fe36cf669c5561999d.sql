
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

    select *
    from "lgs_real"."marts"."fct_monthly_sales"
    where not coalesce(net_sales = gross_sales + returns_amount, false)


  
  
      
    ) dbt_internal_test