{#-
    One row per ordered pair of products bought on the same sale invoice at least
    `affinity_min_invoices` times: support, confidence and lift of "bought A → also bought B".
    Counts come from `int_product_pairs_counted` (each product once per invoice, product lines
    of sale invoices only); each stored pair (A < B) gives both directions.
    A view: support and lift change with every new invoice, so storing them would rewrite every
    row on each refresh; computed at query time from the indexed counts instead. The codes come
    in the pair table's "C" collation (compared byte by byte, `bytewise_text`), so that a lookup
    by either product uses that table's indexes on any server.
-#}

{{ config(materialized='view') }}

with pairs as (

    select * from {{ ref('int_product_pairs_counted') }}
    where pair_invoices >= {{ var('affinity_min_invoices') }}

),

product_invoices as (

    select * from {{ ref('int_product_invoices_counted') }}

),

counted_pairs as (

    -- the product counts are joined once per stored pair, before it is turned both ways
    select
        pairs.stock_code_a,
        pairs.stock_code_b,
        pairs.pair_invoices,
        product_a.product_invoices as invoices_a,
        product_b.product_invoices as invoices_b,
        product_a.sale_invoices
    from pairs
    inner join product_invoices as product_a
        on pairs.stock_code_a = product_a.stock_code
    inner join product_invoices as product_b
        on pairs.stock_code_b = product_b.stock_code

),

measured as (

    select
        counted_pairs.stock_code_a as antecedent_stock_code,
        counted_pairs.stock_code_b as consequent_stock_code,
        counted_pairs.pair_invoices,
        counted_pairs.invoices_a as antecedent_invoices,
        counted_pairs.invoices_b as consequent_invoices,
        counted_pairs.sale_invoices
    from counted_pairs
    union all
    select
        counted_pairs.stock_code_b as antecedent_stock_code,
        counted_pairs.stock_code_a as consequent_stock_code,
        counted_pairs.pair_invoices,
        counted_pairs.invoices_b as antecedent_invoices,
        counted_pairs.invoices_a as consequent_invoices,
        counted_pairs.sale_invoices
    from counted_pairs

),

final as (

    select
        cast(antecedent_stock_code as {{ dbt.type_string() }}) as antecedent_stock_code,
        cast(consequent_stock_code as {{ dbt.type_string() }}) as consequent_stock_code,
        cast(pair_invoices as bigint) as pair_invoices,
        cast(antecedent_invoices as bigint) as antecedent_invoices,
        cast(consequent_invoices as bigint) as consequent_invoices,
        cast(round(
            {{ exact_divide("cast(pair_invoices as numeric(20, 0))", "sale_invoices") }}, 10
        ) as numeric(20, 10)) as support, -- noqa: RF04
        cast(round(
            {{ exact_divide("cast(pair_invoices as numeric(20, 0))", "antecedent_invoices") }}, 10
        ) as numeric(20, 10)) as confidence,
        cast(round({{ exact_divide(
            "cast(pair_invoices as numeric(20, 0)) * sale_invoices", "antecedent_invoices * consequent_invoices"
        ) }}, 10) as numeric(20, 10)) as lift
    from measured

)

select * from final
