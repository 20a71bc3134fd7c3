-- What sells together? The 15 strongest product pairs (each pair once, by lift), among pairs
-- on at least 1% of the invoices of their rarer product, with names: candidates for bundles,
-- "complete the set" emails and shelf neighbours on the website.
with affinity as (

    select * from {{ ref('product_affinity') }}

),

products as (

    select * from {{ ref('dim_products') }}

),

pairs as (

    select *
    from affinity
    where
        antecedent_stock_code < consequent_stock_code
        and pair_invoices >= 0.01 * least(antecedent_invoices, consequent_invoices)

),

final as (

    select
        pairs.antecedent_stock_code as stock_code_a,
        product_a.product_name as product_a,
        pairs.consequent_stock_code as stock_code_b,
        product_b.product_name as product_b,
        pairs.pair_invoices,
        round(pairs.support * 100, 2) as support_pct,
        round(pairs.confidence, 3) as confidence_a_to_b,
        round(pairs.lift, 1) as lift
    from pairs
    left join products as product_a
        on pairs.antecedent_stock_code = product_a.stock_code
    left join products as product_b
        on pairs.consequent_stock_code = product_b.stock_code

)

select * from final
order by lift desc, pair_invoices desc, stock_code_a asc, stock_code_b asc
limit 15
