
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- The reconciliation's raw totals equal the raw table itself, counted directly from the source:
-- no raw row is missed or counted twice on the way through staging.
with raw_rows as (

    select
        count(*) as raw_rows,
        coalesce(sum(
            case
        when trim(quantity) ~ '^[+-]?[0-9]{1,9}$'
            then cast(trim(quantity) as integer)
    end * case
        when trim(unit_price) ~ '^[+-]?([0-9]{1,12}([.][0-9]{0,6})?|[.][0-9]{1,6})$'
            then cast(trim(unit_price) as numeric)
    end
        ), 0) as raw_amount
    from "lgs_real"."raw"."lgs_transactions"

),

reconciled as (

    select
        coalesce(sum(raw_rows), 0) as raw_rows,
        coalesce(sum(raw_amount), 0) as raw_amount
    from "lgs_real"."marts"."dq_monthly_reconciliation"

)

select
    raw_rows.raw_rows,
    reconciled.raw_rows as reconciled_rows,
    raw_rows.raw_amount,
    reconciled.raw_amount as reconciled_amount
from raw_rows
cross join reconciled
where
    raw_rows.raw_rows != reconciled.raw_rows
    or abs(raw_rows.raw_amount - reconciled.raw_amount) > 0.01
  
  
      
    ) dbt_internal_test