{#-
    `int_product_pairs_counted`'s count: one row per pair of products (stock_code_a <
    stock_code_b) on the same sale invoice of `listed` (one row per invoice and product, with the
    load that listed it), with the number of invoices that carry both, counting only the pairs
    with at least one side listed after `watermark` (a scalar SQL expression) and, when
    `batch_invoices` (a CTE of invoice ids) is given, only on those invoices.
-#}
{% macro count_product_pairs(listed, batch_invoices, watermark) -%}
    {{ return(adapter.dispatch('count_product_pairs')(listed, batch_invoices, watermark)) }}
{%- endmacro %}

{#- Standard SQL (Spark): a self-join of the basket lines, grouped by pair. -#}
{% macro default__count_product_pairs(listed, batch_invoices, watermark) -%}
    select
        item_a.stock_code as stock_code_a,
        item_b.stock_code as stock_code_b,
        count(*) as pair_invoices
    from {{ listed }} as item_a
    inner join {{ listed }} as item_b
        on
            item_a.invoice_id = item_b.invoice_id
            and item_a.stock_code < item_b.stock_code
    where
        (item_a.load_id > {{ watermark }} or item_b.load_id > {{ watermark }})
        {%- if batch_invoices %}
        and item_a.invoice_id in (select {{ batch_invoices }}.invoice_id from {{ batch_invoices }})
        {%- endif %}
    group by item_a.stock_code, item_b.stock_code
{%- endmacro %}

{#-
    PostgreSQL, a full build: the same count, product by product, in parallel workers. The model's
    pre-hook (`prepare_pair_count`) numbers the products in code order and writes, for each
    product, its invoices, and for each invoice, its product numbers as one sorted array; the
    function it creates counts one product a's pairs: a's invoices, each invoice's numbers after
    a's position (the products greater than a, found without comparing each), grouped in a hash
    table of at most a few thousand entries. One hash aggregate of every pair instance at once (47
    million on the real data) spends most of its time on cache misses in a table of millions of
    groups; product by product takes a thousandth of the memory, and on integer numbers rather
    than text codes. The products are shared between PostgreSQL's parallel workers (a lateral
    subquery would run in none: its parameter is parallel-restricted; a function call is not),
    and each pair's numbers are turned back into codes. An incremental batch (a few dozen
    invoices) is counted by the plain self-join.
-#}
{% macro postgres__count_product_pairs(listed, batch_invoices, watermark) -%}
    {%- set helpers = none if batch_invoices else pair_count_helpers() -%}
    {%- if not helpers -%}
        {{ default__count_product_pairs(listed, batch_invoices, watermark) }}
    {%- else -%}
    -- every line is after the watermark on a full build (0; loads count from 1)
    select
        product_a.stock_code as stock_code_a,
        product_b.stock_code as stock_code_b,
        pairs.pair_invoices
    from {{ helpers.products }} as product_a
    cross join lateral {{ helpers.pairs_after }}(
        product_a.product_number, product_a.invoice_ids
    ) as pairs
    inner join {{ helpers.products }} as product_b
        on pairs.product_number_b = product_b.product_number
    {%- endif %}
{%- endmacro %}

{#-
    Pre-hook of `int_product_pairs_counted` (inside its transaction): on PostgreSQL's full build,
    what `postgres__count_product_pairs` reads, in the model's schema (parallel workers cannot
    read temporary tables): the products numbered in code order with their invoices, each
    invoice's product numbers as one sorted array (indexed by invoice), and the function counting
    one product's pairs. Unlogged, created and dropped (`drop_pair_count_helpers`, the post-hook)
    in the model's transaction: no other session ever sees them, and a failed build leaves
    nothing. The basket table is read by one scan, not through its indexes: it was written
    moments before, and its pages cannot be marked all-visible while other models' older
    transactions are open, so every index entry read would also visit the table. Each invoice's
    numbers come from the products' invoices, not from a second read (an ordered `array_agg` on
    the stock server, PostgreSQL 15, took a text join, a text sort spilled to disk and an index
    read visiting the table for each entry: 5.1 s in a build against 1.4 s on the embedded
    server).

    Two planner settings, for this transaction only: a products table of a few MB is below the
    size PostgreSQL splits between workers by default (`min_parallel_table_scan_size`, 8 MB), and
    the planner costs a lateral function's repeated calls as one (it assumes a function scan's
    rescans read its stored output), so it sees no gain in workers unless passing rows to the
    leader is free (`parallel_tuple_cost`). Nothing on an incremental run, nor on Spark (its count
    is one self-join).
-#}
{% macro prepare_pair_count(listed) -%}
    {{ return(adapter.dispatch('prepare_pair_count')(listed)) }}
{%- endmacro %}

{% macro default__prepare_pair_count(listed) %}{% endmacro %}

{% macro postgres__prepare_pair_count(listed) -%}
    {%- set helpers = pair_count_helpers() -%}
    {%- if helpers and not is_incremental() -%}
        create unlogged table {{ helpers.products }} as
        select
            products.stock_code,
            cast(row_number() over (order by products.stock_code) as integer) as product_number,
            products.invoice_ids
        from (
            select
                listed.stock_code,
                array_agg(listed.invoice_id) as invoice_ids
            from {{ listed }} as listed
            group by listed.stock_code
        ) as products;
        -- each invoice's numbers from the products' invoices (no second read of the basket table,
        -- no join or sort on text), grouped by hashing and sorted invoice by invoice
        create unlogged table {{ helpers.baskets }} as
        select
            baskets.invoice_id,
            array(
                select item.product_number
                from unnest(baskets.product_numbers) as item (product_number)
                order by item.product_number
            ) as product_numbers
        from (
            select
                invoice.invoice_id,
                array_agg(products.product_number) as product_numbers
            from {{ helpers.products }} as products
            cross join lateral unnest(products.invoice_ids) as invoice (invoice_id)
            group by invoice.invoice_id
        ) as baskets;
        create unique index on {{ helpers.baskets }} (invoice_id);
        analyze {{ helpers.products }};
        analyze {{ helpers.baskets }};
        -- strict: PostgreSQL inlines no strict set-returning SQL function (inlined, it would be a
        -- lateral subquery again, which runs in no parallel worker)
        create function {{ helpers.pairs_after }}(product_number_a integer, invoice_ids text [])
        returns table (product_number_b integer, pair_invoices bigint)
        language sql stable strict parallel safe
        as $lgs$
            select
                item_b.product_number as product_number_b,
                count(*) as pair_invoices
            from unnest(invoice_ids) as invoice (invoice_id)
            inner join {{ helpers.baskets }} as basket on invoice.invoice_id = basket.invoice_id
            cross join lateral unnest(
                basket.product_numbers[array_position(basket.product_numbers, product_number_a) + 1:]
            ) as item_b (product_number)
            group by item_b.product_number
        $lgs$;
        set local min_parallel_table_scan_size = 0;
        set local parallel_tuple_cost = 0
    {%- endif -%}
{%- endmacro %}

{#- Post-hook: drops what `prepare_pair_count` created, before the model commits. -#}
{% macro drop_pair_count_helpers() -%}
    {{ return(adapter.dispatch('drop_pair_count_helpers')()) }}
{%- endmacro %}

{% macro default__drop_pair_count_helpers() %}{% endmacro %}

{% macro postgres__drop_pair_count_helpers() -%}
    {%- set helpers = pair_count_helpers() -%}
    {%- if helpers and not is_incremental() -%}
        drop function {{ helpers.pairs_after }};
        drop table {{ helpers.baskets }}, {{ helpers.products }}
    {%- endif -%}
{%- endmacro %}

{#-
    The names of what `prepare_pair_count` creates, in the model's schema. A unit test runs the
    model's SQL without its hooks: it overrides this to '' (and has no `this` on an incremental
    run: '' too) and the count takes the self-join, the same definition (`make test` compares a full build, counted through these, with an
    incremental one counted by the self-join).
-#}
{% macro pair_count_helpers() -%}
    {%- if this is none -%}{{ return('') }}{%- endif -%}
    {{ return({
        'products': this.incorporate(path={'identifier': 'lgs_pair_count_products'}),
        'baskets': this.incorporate(path={'identifier': 'lgs_pair_count_baskets'}),
        'pairs_after': this.incorporate(path={'identifier': 'lgs_pair_count_pairs_after'}),
    }) }}
{%- endmacro %}
