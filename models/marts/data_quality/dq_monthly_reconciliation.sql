{#-
    Per month, every raw row and every pound: the raw totals, and where they went (rejected,
    duplicate, or a fact line of each invoice type). The `unaccounted_*` columns must be zero;
    a singular test fails the build where they are not. Rows whose date cannot be parsed fall in
    the month-less row (month is null). Amounts are quantity × price where both parse, else 0.
    The raw totals come from the intermediate model, which holds one row per raw row; the
    singular test `assert_reconciliation_covers_raw` checks them against the raw table itself.

    Incremental on the load batch: every figure is a count or a sum, so a batch's rows are
    counted per month and added to the stored month (delete+insert on `month_key`, the month as
    text, `unparseable` for the month-less row).
-#}

{{ config(
    materialized=keyed_incremental(),
    unique_key='month_key',
    incremental_strategy='delete+insert',
) }}

with classified as (

    select * from {{ ref('int_transactions_classified') }}
    where load_id > {{ load_watermark() }}

),

facts as (

    select * from {{ ref('fct_invoice_lines') }}
    where load_id > {{ load_watermark() }}

),

raw_totals as (

    select
        invoice_month as month,
        count(*) as raw_rows,
        coalesce(sum(line_amount), 0) as raw_amount,
        max(load_id) as load_id
    from classified
    group by invoice_month

),

excluded as (

    select
        invoice_month as month,
        count(case when line_status = 'rejected' then 1 end) as rejected_rows,
        coalesce(sum(case when line_status = 'rejected' then line_amount end), 0) as rejected_amount,
        count(case when line_status = 'duplicate' then 1 end) as duplicate_rows,
        coalesce(sum(case when line_status = 'duplicate' then line_amount end), 0) as duplicate_amount
    from classified
    group by invoice_month

),

fact_totals as (

    select
        invoice_month as month,
        count(case when invoice_type = 'sale' then 1 end) as sale_rows,
        coalesce(sum(gross_sales), 0) as sale_amount,
        count(case when invoice_type = 'cancellation' then 1 end) as cancellation_rows,
        coalesce(sum(returns_amount), 0) as cancellation_amount,
        count(case when invoice_type = 'adjustment' then 1 end) as adjustment_rows,
        coalesce(sum(case when invoice_type = 'adjustment' then line_amount end), 0) as adjustment_amount
    from facts
    group by invoice_month

),

joined as (

    select
        raw_totals.month,
        raw_totals.raw_rows,
        raw_totals.raw_amount,
        raw_totals.load_id,
        coalesce(excluded.rejected_rows, 0) as rejected_rows,
        coalesce(excluded.rejected_amount, 0) as rejected_amount,
        coalesce(excluded.duplicate_rows, 0) as duplicate_rows,
        coalesce(excluded.duplicate_amount, 0) as duplicate_amount,
        coalesce(fact_totals.sale_rows, 0) as sale_rows,
        coalesce(fact_totals.sale_amount, 0) as sale_amount,
        coalesce(fact_totals.cancellation_rows, 0) as cancellation_rows,
        coalesce(fact_totals.cancellation_amount, 0) as cancellation_amount,
        coalesce(fact_totals.adjustment_rows, 0) as adjustment_rows,
        coalesce(fact_totals.adjustment_amount, 0) as adjustment_amount
    from raw_totals
    left join excluded
        on raw_totals.month = excluded.month or (raw_totals.month is null and excluded.month is null)
    left join fact_totals
        on raw_totals.month = fact_totals.month

),

batch_months as (

    select
        joined.*,
        coalesce(cast(joined.month as {{ dbt.type_string() }}), 'unparseable') as month_key
    from joined

),

{% if is_incremental() %}

    stored as (

        select * from {{ this }}
        where month_key in (select batch_months.month_key from batch_months)

    ),

{% else %}

    stored as (

        select * from batch_months
        where false

    ),

{% endif %}

summed as (

    select
        batch_months.month_key,
        batch_months.month,
        greatest(batch_months.load_id, stored.load_id) as load_id,
        batch_months.raw_rows + coalesce(stored.raw_rows, 0) as raw_rows,
        batch_months.raw_amount + coalesce(stored.raw_amount, 0) as raw_amount,
        batch_months.rejected_rows + coalesce(stored.rejected_rows, 0) as rejected_rows,
        batch_months.rejected_amount + coalesce(stored.rejected_amount, 0) as rejected_amount,
        batch_months.duplicate_rows + coalesce(stored.duplicate_rows, 0) as duplicate_rows,
        batch_months.duplicate_amount + coalesce(stored.duplicate_amount, 0) as duplicate_amount,
        batch_months.sale_rows + coalesce(stored.sale_rows, 0) as sale_rows,
        batch_months.sale_amount + coalesce(stored.sale_amount, 0) as sale_amount,
        batch_months.cancellation_rows + coalesce(stored.cancellation_rows, 0) as cancellation_rows,
        batch_months.cancellation_amount + coalesce(stored.cancellation_amount, 0) as cancellation_amount,
        batch_months.adjustment_rows + coalesce(stored.adjustment_rows, 0) as adjustment_rows,
        batch_months.adjustment_amount + coalesce(stored.adjustment_amount, 0) as adjustment_amount
    from batch_months
    left join stored
        on batch_months.month_key = stored.month_key

),

final as (

    select
        cast(month as date) as month,
        cast(raw_rows as bigint) as raw_rows,
        cast(raw_amount as numeric(18, 6)) as raw_amount,
        cast(rejected_rows as bigint) as rejected_rows,
        cast(rejected_amount as numeric(18, 6)) as rejected_amount,
        cast(duplicate_rows as bigint) as duplicate_rows,
        cast(duplicate_amount as numeric(18, 6)) as duplicate_amount,
        cast(sale_rows as bigint) as sale_rows,
        cast(sale_amount as numeric(18, 6)) as sale_amount,
        cast(cancellation_rows as bigint) as cancellation_rows,
        cast(cancellation_amount as numeric(18, 6)) as cancellation_amount,
        cast(adjustment_rows as bigint) as adjustment_rows,
        cast(adjustment_amount as numeric(18, 6)) as adjustment_amount,
        cast(
            raw_rows - rejected_rows - duplicate_rows - sale_rows - cancellation_rows - adjustment_rows
            as bigint
        ) as unaccounted_rows,
        cast(
            raw_amount - rejected_amount - duplicate_amount - sale_amount - cancellation_amount
            - adjustment_amount as numeric(18, 6)
        ) as unaccounted_amount,
        cast(month_key as {{ dbt.type_string() }}) as month_key,
        cast(load_id as bigint) as load_id
    from summed

)

select * from final
