{#-
    One row per product and Monday week in which the product has a kept line: units sold and
    returned and net sales that week. Weeks without a line are absent (the forecast mart fills
    them with zeros over `int_sales_weeks_summarized`'s complete weeks).

    Incremental on the load batch: a batch's lines are summed per product and week and added to
    the stored figures (sums add; loads only append), so a refresh costs what the batch holds.
-#}

{{ config(
    materialized=keyed_incremental(),
    unique_key=['stock_code', 'week_start'],
    incremental_strategy='delete+insert',
    indexes=[{'columns': ['stock_code', 'week_start'], 'unique': true}],
) }}

with batch_lines as (

    select * from {{ ref('int_transactions_classified') }}
    where
        line_status = 'kept'
        and line_category = 'product'
        and load_id > {{ load_watermark() }}

),

batch as (

    select
        stock_code,
        cast({{ dbt.date_trunc('week', 'invoice_date') }} as date) as week_start,
        sum(units_sold) as units_sold,
        sum(units_returned) as units_returned,
        sum(net_sales) as net_sales,
        max(load_id) as load_id
    from batch_lines
    group by 1, 2

),

final as (

    select
        batch.stock_code,
        batch.week_start,
        {% if is_incremental() -%}
            batch.units_sold + coalesce(held.units_sold, 0) as units_sold,
            batch.units_returned + coalesce(held.units_returned, 0) as units_returned,
            batch.net_sales + coalesce(held.net_sales, 0) as net_sales,
        {%- else -%}
            batch.units_sold,
            batch.units_returned,
            batch.net_sales,
        {%- endif %}
        batch.load_id
    from batch
    {% if is_incremental() %}
        left join {{ this }} as held
            on
                batch.stock_code = held.stock_code
                and batch.week_start = held.week_start
    {% endif %}

)

select * from final
