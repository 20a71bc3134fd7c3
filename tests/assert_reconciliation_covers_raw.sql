-- The reconciliation's raw totals equal the raw table itself, counted directly from the source:
-- no raw row is missed or counted twice on the way through staging.
with raw_rows as (

    select
        count(*) as raw_rows,
        coalesce(sum(
            {{ safe_integer('quantity') }} * {{ safe_numeric('unit_price') }}
        ), 0) as raw_amount
    from {{ source('lgs', 'transactions') }}

),

reconciled as (

    select
        coalesce(sum(raw_rows), 0) as raw_rows,
        coalesce(sum(raw_amount), 0) as raw_amount
    from {{ ref('dq_monthly_reconciliation') }}

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
