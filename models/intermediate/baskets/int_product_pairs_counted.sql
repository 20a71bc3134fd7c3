{#-
    One row per unordered pair of products (stock_code_a < stock_code_b) found together on at
    least one sale invoice, with the number of sale invoices that carry both.

    One pass over the basket list, with two shortcuts that keep the counts exact:
    - Invoices with the same basket (the same products) add the same pairs, so each distinct
      basket is paired once and its pairs are weighted by the number of invoices that have it.
      Repeat orders are common in wholesale; where baskets never repeat this costs one hash.
    - Incremental on the load batch: the pairs a batch adds are those with at least one side new
      to its invoice (new with new, new with what the invoice already had). A basket's identity
      then includes which of its products are new. Their counts are added to the stored ones,
      which gives the same counts as a full refresh (a test proves it).
    Products and baskets get integer keys so the self-join and the count work on integers.
-#}

{{ config(
    materialized=keyed_incremental(),
    unique_key=['stock_code_a', 'stock_code_b'],
    incremental_strategy='delete+insert',
    pre_hook=["{{ session_work_mem() }}", "{{ full_build_hash_joins() }}"],
    indexes=[
        {'columns': ['stock_code_a', 'stock_code_b'], 'unique': true},
        {'columns': ['stock_code_a', 'pair_invoices']},
        {'columns': ['stock_code_b', 'pair_invoices']},
    ],
) }}

with baskets as (

    select * from {{ ref('int_sale_baskets_listed') }}

),

watermark as (

    -- the newest load already counted (0 on a full build), read once
    select {{ load_watermark() }} as load_id

),

{% if is_incremental() %}

    new_invoices as (

        -- the invoices the batch adds products to
        select distinct baskets.invoice_id
        from baskets
        where baskets.load_id > (select watermark.load_id from watermark)

    ),

    items as (

        -- every product of those invoices, new to it in this batch or held already (read from
        -- the table, not the import CTE, so its (invoice_id, stock_code) index is used)
        select
            listed.invoice_id,
            listed.stock_code,
            listed.load_id,
            listed.load_id > (select watermark.load_id from watermark) as is_new
        from {{ ref('int_sale_baskets_listed') }} as listed
        where listed.invoice_id in (select new_invoices.invoice_id from new_invoices)

    ),

{% else %}

    items as (

        select
            invoice_id,
            stock_code,
            load_id,
            true as is_new
        from baskets
        where load_id > (select watermark.load_id from watermark)

    ),

{% endif %}

basket_signatures as (

    -- an invoice's basket: its products in code order, each length-prefixed (so no code can
    -- run into the next) and marked new (+) or already held (-)
    select
        invoice_id,
        md5({{ dbt.listagg(
            "length(stock_code) || ':' || stock_code || case when is_new then '+' else '-' end",
            "''",
            "order by stock_code",
        ) }}) as basket_signature
    from items
    group by invoice_id

),

distinct_baskets as (

    select
        basket_signature,
        min(invoice_id) as invoice_id,
        cast(count(*) as integer) as invoice_count,
        cast(row_number() over (order by basket_signature) as integer) as basket_key
    from basket_signatures
    group by basket_signature

),

product_keys as (

    select
        stock_code,
        cast(row_number() over (order by stock_code) as integer) as product_key
    from (select distinct stock_code from items) as codes

),

basket_items as (

    select
        distinct_baskets.basket_key,
        distinct_baskets.invoice_count,
        product_keys.product_key,
        items.is_new
    from distinct_baskets
    inner join items on distinct_baskets.invoice_id = items.invoice_id
    inner join product_keys on items.stock_code = product_keys.stock_code

),

new_pairs as (

    -- product keys follow stock-code order, so a < b by key is a < b by code
    select
        item_a.product_key as product_key_a,
        item_b.product_key as product_key_b,
        sum(item_a.invoice_count) as pair_invoices
    from basket_items as item_a
    inner join basket_items as item_b
        on
            item_a.basket_key = item_b.basket_key
            and item_a.product_key < item_b.product_key
    {% if is_incremental() %}
        where item_a.is_new or item_b.is_new
    {% endif %}
    group by item_a.product_key, item_b.product_key

),

named_pairs as (

    select
        product_a.stock_code as stock_code_a,
        product_b.stock_code as stock_code_b,
        new_pairs.pair_invoices
    from new_pairs
    inner join product_keys as product_a on new_pairs.product_key_a = product_a.product_key
    inner join product_keys as product_b on new_pairs.product_key_b = product_b.product_key

),

final as (

    select
        named_pairs.stock_code_a,
        named_pairs.stock_code_b,
        {% if is_incremental() %}
            -- the stored count, looked up by the pair's unique index
            cast(named_pairs.pair_invoices + coalesce((
                select counted.pair_invoices
                from {{ this }} as counted
                where
                    counted.stock_code_a = named_pairs.stock_code_a
                    and counted.stock_code_b = named_pairs.stock_code_b
            ), 0) as bigint)
        {% else %}
            cast(named_pairs.pair_invoices as bigint)
        {% endif %} as pair_invoices,
        cast((select max(items.load_id) from items) as bigint) as load_id
    from named_pairs

)

select * from final
