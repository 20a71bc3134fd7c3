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
    PostgreSQL, a full build: the same count, product by product. For each product a, its
    invoices come from the basket table's (stock_code, invoice_id) index, each invoice's products
    from `pg_temp.lgs_basket_products` (one array per invoice, written by the model's pre-hook
    `list_basket_products`), and a's pairs are grouped in a hash table of at most a few thousand
    entries. One hash aggregate of every pair instance at once (47 million on the real data)
    spends most of its time on cache misses in a table of millions of groups; this takes about
    half the time and a thousandth of the memory. Each invoice's products are read as one array,
    not through the basket table's (invoice_id, stock_code) index: in a build, the basket table
    was written moments before by a transaction that other models' open transactions predate, so
    no `vacuum` can mark its pages all-visible yet, and every index entry read would visit the
    table (on the real data 47 million visits: 76 s instead of 39 s; with the arrays, one visit
    per invoice of each product). An incremental batch (a few dozen invoices) is counted by the
    plain self-join.
-#}
{% macro postgres__count_product_pairs(listed, batch_invoices, watermark) -%}
    {%- if batch_invoices or not basket_products_table() -%}
        {{ default__count_product_pairs(listed, batch_invoices, watermark) }}
    {%- else -%}
    select
        products.stock_code as stock_code_a,
        pairs.stock_code_b,
        pairs.pair_invoices
    from (select distinct listed.stock_code from {{ listed }} as listed) as products
    cross join lateral (
        -- every line is after the watermark on a full build (0; loads count from 1)
        select
            item_b.stock_code as stock_code_b,
            count(*) as pair_invoices
        from {{ listed }} as item_a
        inner join {{ basket_products_table() }} as basket
            on item_a.invoice_id = basket.invoice_id
        -- the invoice's products after a in its sorted array: those greater than a, found
        -- without comparing each (an equality scan; collations other than C compare slowly)
        cross join lateral unnest(
            basket.stock_codes[array_position(basket.stock_codes, products.stock_code) + 1:]
        ) as item_b (stock_code)
        where item_a.stock_code = products.stock_code
        group by item_b.stock_code
    ) as pairs
    {%- endif %}
{%- endmacro %}

{#-
    Pre-hook of `int_product_pairs_counted` (inside its transaction): on PostgreSQL's full build,
    each sale invoice's products as one sorted array in a temporary table indexed by invoice,
    dropped when the model commits (0.4 s on the real data); read by `postgres__count_product_pairs`,
    which takes the products after a from a's position (the count alone on the real data: 34.4 →
    32.8 s embedded, 51.1 → 38.5 s on a stock server's C.UTF-8 collation, against comparing each).
    Nothing on an incremental run, nor on Spark (its count is one self-join).
-#}
{% macro list_basket_products(listed) -%}
    {{ return(adapter.dispatch('list_basket_products')(listed)) }}
{%- endmacro %}

{% macro default__list_basket_products(listed) %}{% endmacro %}

{% macro postgres__list_basket_products(listed) -%}
    {%- if not is_incremental() -%}
        create temporary table {{ basket_products_table() }} on commit drop as
        select
            listed.invoice_id,
            array_agg(listed.stock_code order by listed.stock_code) as stock_codes
        from {{ listed }} as listed
        group by listed.invoice_id;
        create unique index on {{ basket_products_table() }} (invoice_id);
        analyze {{ basket_products_table() }} (invoice_id)
    {%- endif -%}
{%- endmacro %}

{#-
    The temporary table `list_basket_products` writes and `postgres__count_product_pairs` reads.
    A unit test runs the model's SQL without its hooks: it overrides this to '' and the count
    takes the self-join, the same definition (`make test` compares a full build, counted through
    this table, with an incremental one counted by the self-join).
-#}
{% macro basket_products_table() -%}
    {{ return('pg_temp.lgs_basket_products') }}
{%- endmacro %}
