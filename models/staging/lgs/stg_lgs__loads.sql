{#- One row per loaded file, from the loader's registry: renamed, nothing else. -#}

with source as (

    select * from {{ source('lgs', 'loads') }}

),

renamed as (

    select
        ---------- ids
        load_id,
        sha256,

        ---------- file
        source_file,
        source_format,
        file_bytes,
        row_count as loaded_rows,
        feed_xact_floor,

        ---------- timestamps
        started_at,
        loaded_at
    from source

)

select * from renamed
