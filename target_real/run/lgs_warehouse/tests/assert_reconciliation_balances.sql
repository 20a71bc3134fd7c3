
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- Every month's raw rows and raw amount are fully accounted for by rejected rows, duplicates
-- and the fact lines of each invoice type (to the penny). Returns the months that do not balance.
select
    month,
    unaccounted_rows,
    unaccounted_amount
from "lgs_real"."marts"."dq_monthly_reconciliation"
where
    unaccounted_rows != 0
    or abs(unaccounted_amount) > 0.01
  
  
      
    ) dbt_internal_test