{#-
    One row per stock code and description on kept lines, with how many kept lines carry it:
    the counts `int_stock_codes_named` picks the canonical name from. A blank description is
    kept as '' (so that every code is listed, named or not).

    Incremental on the load batch: a new load's counts are added to the stored ones
    (delete+insert of the (code, description) rows it touches), which equals a full count
    because loads only append lines.
-#}

{{ config(
    materialized=keyed_incremental(),
    unique_key=['stock_code', 'description_key'],
    incremental_strategy='delete+insert',
    indexes=[
        {'columns': ['stock_code', 'description_key'], 'unique': true},
        {'columns': ['load_id']},
    ],
) }}

with new_lines as (

    select * from {{ ref('int_transactions_classified') }}
    where
        line_status = 'kept'
        and stock_code is not null
        and load_id > {{ load_watermark() }}

),

batch_counts as (

    select
        stock_code,
        coalesce(description, '') as description_key,
        min(line_category) as line_category,
        count(*) as line_count,
        max(load_id) as load_id
    from new_lines
    group by stock_code, coalesce(description, '')

),

final as (

    select
        batch_counts.stock_code,
        batch_counts.description_key,
        batch_counts.line_category,
        {% if is_incremental() %}
            cast(batch_counts.line_count + coalesce(counted.line_count, 0) as bigint)
        {% else %}
            cast(batch_counts.line_count as bigint)
        {% endif %} as line_count,
        cast(batch_counts.load_id as bigint) as load_id
    from batch_counts
    {% if is_incremental() %}
        left join {{ this }} as counted
            on
                batch_counts.stock_code = counted.stock_code
                and batch_counts.description_key = counted.description_key
    {% endif %}

)

select * from final
