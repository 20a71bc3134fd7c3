{#-
    One row per load: which file, its sha256, how many rows it landed, and how many of them were
    rejected, were duplicates or reached the facts — so a data steward sees each delivery's fate.
-#}

{{ config(
    materialized='incremental',
    incremental_strategy='append',
) }}

with loads as (

    -- a load's rows and their fate are final once it is classified: append the new loads
    select * from {{ ref('stg_lgs__loads') }}
    where load_id > {{ load_watermark() }}

),

classified as (

    select * from {{ ref('int_transactions_classified') }}
    where load_id > {{ load_watermark() }}

),

fates as (

    select
        load_id,
        count(case when line_status = 'rejected' then 1 end) as rejected_rows,
        count(case when line_status = 'duplicate' then 1 end) as duplicate_rows,
        count(case when line_status = 'kept' then 1 end) as kept_rows
    from classified
    group by load_id

),

final as (

    select
        loads.load_id,
        loads.source_file,
        loads.source_format,
        loads.sha256,
        loads.file_bytes,
        loads.loaded_rows,
        coalesce(fates.rejected_rows, 0) as rejected_rows,
        coalesce(fates.duplicate_rows, 0) as duplicate_rows,
        coalesce(fates.kept_rows, 0) as kept_rows,
        loads.started_at,
        loads.loaded_at
    from loads
    left join fates
        on loads.load_id = fates.load_id

)

select * from final
