
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

    select
        r_score, f_score,
        count(*) as occurrences
    from "lgs_real"."reference"."rfm_segments"
    group by r_score, f_score
    having count(*) > 1


  
  
      
    ) dbt_internal_test