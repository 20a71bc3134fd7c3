{#-
    One row per line of the live feed (`raw.lgs_ingest`), typed and flagged exactly as the raw
    table's lines are (`macros/lgs_lines.sql`), with the feed's own keys and arrival time.
    The live feed is PostgreSQL's: not built on Spark.
-#}

{{ config(enabled=target.type != 'spark') }}

with source as (

    select * from {{ source('lgs', 'feed') }}

),

parsed as (

    select
        ingest_id,
        sender_line_id,
        received_at,
        _xact_id as writer_xact_id,
        {{ lgs_line_values() }},

        {{ lgs_line_delivered() }}
    from source

),

flagged as (

    select
        *,
        {{ lgs_line_flags() }}
    from parsed

)

select * from flagged
