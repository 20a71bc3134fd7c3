-- The reconciliation accounts for exactly the rows of the raw table, counted directly from the
-- source: no raw row is missed or counted twice on the way through staging. A count is cheap, so
-- every build checks every row; the raw amounts, which need every row's values parsed again, are
-- compared in `make test` (assert_reconciliation_covers_raw_amount).
with raw_rows as (

    select count(*) as raw_rows
    from {{ source('lgs', 'transactions') }}

),

reconciled as (

    select coalesce(sum(raw_rows), 0) as raw_rows
    from {{ ref('dq_monthly_reconciliation') }}

)

select
    raw_rows.raw_rows,
    reconciled.raw_rows as reconciled_rows
from raw_rows
cross join reconciled
where raw_rows.raw_rows != reconciled.raw_rows
