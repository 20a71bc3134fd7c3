{#-
    One row per raw invoice line, renamed, typed and flagged, row by row (`macros/lgs_lines.sql`). No joins, no filtering:
    a value that does not parse becomes NULL here (`int_transactions_classified` gives such rows
    their rejection reason). `line_hash` fingerprints the eight delivered values, for duplicates.
    Columns derived from the parsed values (dates, amounts, reasons) are computed downstream, once:
    PostgreSQL inlines this view, so deriving them here would re-run each parse per derived column.
-#}

with source as (

    select * from {{ source('lgs', 'transactions') }}
    {%- if target.type == 'spark' %}
    -- Spark has no transactions: a load writes its rows, then its registry row; rows of a load
    -- the registry does not name (a loader killed between the two) are not read (scripts/load_spark.py)
    where _load_id in (select load_id from {{ source('lgs', 'loads') }})
    {%- endif %}

),

parsed as (

    select
        _raw_row_id as invoice_line_id,
        _load_id as load_id,
        {{ lgs_line_values() }},

        ---------- load metadata
        _source_file as source_file,
        _source_row as source_row,
        _loaded_at as loaded_at,

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
