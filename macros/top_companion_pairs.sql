{#-
    `int_product_companions_ranked`'s candidates: for each product of `products` (a relation with
    `stock_code`), the pairs of `pairs_table` (`int_product_pairs_counted`) with at least
    `affinity_min_invoices` shared sale invoices where it is on either side, keeping on each side
    its `recommendation_companions_per_product` largest counts, ties included. Columns:
    stock_code, companion_stock_code, pair_invoices.
-#}
{% macro top_companion_pairs(products, pairs_table) -%}
    {{ return(adapter.dispatch('top_companion_pairs')(products, pairs_table)) }}
{%- endmacro %}

{#- Standard SQL: rank each product's pairs on each side, keep the top ranks (ties share a rank). -#}
{% macro default__top_companion_pairs(products, pairs_table) -%}
    select
        stock_code,
        companion_stock_code,
        pair_invoices
    from (
        select
            sides.stock_code,
            sides.companion_stock_code,
            sides.pair_invoices,
            rank() over (
                partition by sides.stock_code, sides.side order by sides.pair_invoices desc
            ) as side_rank
        from (
            select pairs.stock_code_a as stock_code, pairs.stock_code_b as companion_stock_code,
                pairs.pair_invoices, 'a' as side
            from {{ pairs_table }} as pairs
            where pairs.pair_invoices >= {{ var('affinity_min_invoices') }}
            union all
            select pairs.stock_code_b, pairs.stock_code_a, pairs.pair_invoices, 'b'
            from {{ pairs_table }} as pairs
            where pairs.pair_invoices >= {{ var('affinity_min_invoices') }}
        ) as sides
        where sides.stock_code in (select {{ products }}.stock_code from {{ products }})
    ) as ranked_sides
    where side_rank <= {{ var('recommendation_companions_per_product') }}
{%- endmacro %}

{#-
    PostgreSQL: the same, read from the pair table's (stock_code_a, pair_invoices) and
    (stock_code_b, pair_invoices) indexes (largest counts first, `with ties`) instead of ranking
    every pair. The pair table is read directly, not through an import CTE: a CTE used twice is
    materialized by PostgreSQL and would lose the indexes that make each lookup a short index scan.
-#}
{% macro postgres__top_companion_pairs(products, pairs_table) -%}
    select
        {{ products }}.stock_code,
        companions.companion_stock_code,
        companions.pair_invoices
    from {{ products }}
    cross join lateral (
        {%- for side, other in [('a', 'b'), ('b', 'a')] %}
        (
            select
                pairs.stock_code_{{ other }} as companion_stock_code,
                pairs.pair_invoices
            from {{ pairs_table }} as pairs
            where
                pairs.stock_code_{{ side }} = {{ products }}.stock_code
                and pairs.pair_invoices >= {{ var('affinity_min_invoices') }}
            order by pairs.pair_invoices desc
            fetch first {{ var('recommendation_companions_per_product') }} rows with ties
        )
        {{ 'union all' if loop.first }}
        {%- endfor %}
    ) as companions
{%- endmacro %}
