
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    sha256 as unique_field,
    count(*) as n_records

from "lgs_real"."raw"."lgs_loads"
where sha256 is not null
group by sha256
having count(*) > 1



  
  
      
    ) dbt_internal_test