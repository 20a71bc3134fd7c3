{#-
    One row per unordered pair of products (stock_code_a < stock_code_b) found together on at
    least one sale invoice, with the number of sale invoices that carry both.

    Incremental on the load batch: the pairs a batch adds are those with at least one side new
    to its invoice (new with new, new with what the invoice already had). An incremental run
    selects the batch's counts and the `add_counts` strategy adds them to the stored ones
    (macros/incremental_add_counts.sql), which gives the same counts as a full refresh (a test
    proves it). A full build is the same count with every line new.

    No index covers the count or the load: a refresh changes about 290,000 stored counts on the
    real data, and each update then stays on its page (the table is written 70 % full) without
    touching an index, instead of adding an entry to every index (those updates alone, warm
    buffers: 5.2 s → 1.8 s). The indexes serve lookups by either product (`product_affinity`); the best counts
    of each product are kept apart (`int_product_companion_candidates`).
-#}

{{ config(
    materialized=keyed_incremental(),
    unique_key=['stock_code_a', 'stock_code_b'],
    incremental_strategy='add_counts',
    meta={'additive_columns': ['pair_invoices']},
    indexes=[
        {'columns': ['stock_code_a', 'stock_code_b'], 'unique': true},
        {'columns': ['stock_code_b']},
    ],
    fillfactor=70,
    pre_hook=["{{ prepare_pair_count(ref('int_sale_baskets_listed')) }}"],
    post_hook=["{{ drop_pair_count_helpers() }}"],
) }}

{%- set batch_invoices = 'batch_invoices' if is_incremental() else none %}
{%- set counted_through = '(select watermark.load_id from watermark)' %}

with watermark as (

    -- the newest load already counted (0 on a full build), read once
    select {{ load_watermark() }} as load_id

),

batch_lines as (

    -- the basket lines the batch adds
    select
        listed.invoice_id,
        listed.load_id
    from {{ ref('int_sale_baskets_listed') }} as listed
    where listed.load_id > (select watermark.load_id from watermark)

),

{% if is_incremental() %}

    batch_invoices as (

        -- the invoices the batch adds products to
        select distinct batch_lines.invoice_id
        from batch_lines

    ),

{% endif %}

new_pairs as (

    -- every pair of those invoices with at least one side in the batch, counted once per
    -- invoice (macros/count_product_pairs.sql); the basket table is read directly, not through
    -- an import CTE, so that PostgreSQL can walk its indexes product by product
    {{ count_product_pairs(ref('int_sale_baskets_listed'), batch_invoices, counted_through) }}

),

final as (

    -- codes compared byte by byte: the table's two indexes are built and searched so on any
    -- server (macros/cross_engine.sql)
    select
        {{ bytewise_text('new_pairs.stock_code_a') }} as stock_code_a,
        {{ bytewise_text('new_pairs.stock_code_b') }} as stock_code_b,
        cast(new_pairs.pair_invoices as bigint) as pair_invoices,
        cast((select max(batch_lines.load_id) from batch_lines) as bigint) as load_id
    from new_pairs

)

select * from final
