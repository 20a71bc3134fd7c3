
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    load_id as unique_field,
    count(*) as n_records

from "lgs_real"."raw"."lgs_loads"
where load_id is not null
group by load_id
having count(*) > 1



  
  
      
    ) dbt_internal_test