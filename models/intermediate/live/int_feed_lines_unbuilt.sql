{#-
    The live feed's lines that the warehouse has not built yet, classified as
    `int_transactions_classified` classifies lines (the same macros): the "speed layer" the live
    marts add to the built tables, so a line counts there the moment it is written to the feed,
    whatever the refresh is doing. A feed line is built once its raw copy (moved by `make live`)
    belongs to a load the line table already holds. A view: nothing is stored.
-#}

{{ config(materialized='view') }}

with feed as (

    select * from {{ ref('stg_lgs__feed_lines') }}

),

raw_lines as (

    select * from {{ ref('stg_lgs__transactions') }}
    where source_file = '{{ var("feed_source_file") }}'

),

categories as (

    select * from {{ ref('stock_code_categories') }}

),

loads as (

    select * from {{ ref('stg_lgs__loads') }}

),

built_load as (

    -- the built line table is read directly where it is used (a CTE read twice would be
    -- materialized whole, losing its indexes on load_id and line_hash)
    select coalesce(max(built.load_id), 0) as load_id
    from {{ ref('int_transactions_classified') }} as built

),

feed_floor as (

    -- the newest built move's floor: a line written by an older transaction was visible to that
    -- move, so moved and built; only lines at or above it can be unbuilt (every line before the
    -- first recorded floor). Keeps the view's cost to the recent feed, not all of it
    select coalesce(max(loads.feed_xact_floor), 0) as xact_id
    from loads
    where loads.load_id <= (select built_load.load_id from built_load)

),

unbuilt as (

    select feed.*
    from feed
    where
        feed.writer_xact_id >= (select feed_floor.xact_id from feed_floor)
        and not exists (
            -- one lookup per line through raw's feed-row index, whatever the statistics say:
            -- `offset 0` keeps PostgreSQL from turning this into a join, which, with raw not yet
            -- analyzed since the moves (its statistics know no feed rows), it planned as a rescan
            -- of every moved feed row per unbuilt line (60,000 of each: 149 s instead of 0.07 s)
            select 1
            from raw_lines
            where
                raw_lines.source_row = feed.ingest_id
                and raw_lines.load_id <= (select built_load.load_id from built_load)
            offset 0  -- noqa: AM09
        )

),

numbered as (

    select
        *,
        row_number() over (partition by line_hash order by ingest_id asc) as copy_number
    from unbuilt

),

classified as (

    select
        numbered.*,
        (
            numbered.copy_number > 1
            or exists (
                select 1
                from {{ ref('int_transactions_classified') }} as built
                where built.line_hash = numbered.line_hash
            )
        ) as is_duplicate,
        {{ lgs_line_fate('numbered', 'categories') }}
    from numbered

),

final as (

    select
        *,
        {{ lgs_line_status() }},
        {{ lgs_line_measures() }}
    from classified

)

select * from final
