{#-
    Each product's best companions: for every product on a kept pair (at least
    `affinity_min_invoices` shared sale invoices), its `recommendation_companions_per_product`
    best companions, ranked by confidence (highest first), then lift (highest first), then stock
    code. The candidates `customer_recommendations` scores.

    Within one product, confidence follows the shared invoices and, among equal shared invoices,
    lift follows the companion's rarity, so the order is exact on integers. Only the top of each
    product's list is needed, so only each product's largest counts, ties included, are ranked
    (`int_product_companion_candidates`), not every pair.

    Each row also ranks the product among those whose lists hold the companion
    (`proposer_rank`: the explanation a recommendation gives). Indexed both ways, so that
    `int_customer_picks_scored` can look up the lists of one customer's products at a time, and
    the product that explains each pick.
-#}

{{ config(
    indexes=[
        {'columns': ['stock_code', 'companion_rank'], 'unique': true},
        {'columns': ['companion_stock_code', 'proposer_rank'], 'unique': true},
    ],
) }}

with product_invoices as (

    select * from {{ ref('int_product_invoices_counted') }}

),

top_pairs as (

    -- each product's largest counts, with ties: every pair that can reach the top of its list
    select * from {{ ref('int_product_companion_candidates') }}

),

ranked as (

    select
        top_pairs.stock_code,
        top_pairs.companion_stock_code,
        top_pairs.pair_invoices,
        product.product_invoices,
        companion.product_invoices as companion_invoices,
        product.sale_invoices,
        row_number() over (
            partition by top_pairs.stock_code
            order by
                top_pairs.pair_invoices desc,
                companion.product_invoices asc,
                top_pairs.companion_stock_code asc
        ) as companion_rank
    from top_pairs
    inner join product_invoices as product
        on top_pairs.stock_code = product.stock_code
    inner join product_invoices as companion
        on top_pairs.companion_stock_code = companion.stock_code

),

kept as (

    select * from ranked
    where companion_rank <= {{ var('recommendation_companions_per_product') }}

),

measured as (

    select
        stock_code,
        companion_stock_code,
        cast(companion_rank as integer) as companion_rank,
        cast(pair_invoices as bigint) as pair_invoices,
        cast(round(
            {{ exact_divide("cast(pair_invoices as numeric(20, 0))", "product_invoices") }}, 10
        ) as numeric(20, 10)) as confidence,
        cast(round({{ exact_divide(
            "cast(pair_invoices as numeric(20, 0)) * sale_invoices", "product_invoices * companion_invoices"
        ) }}, 10) as numeric(20, 10)) as lift
    from kept

),

final as (

    select
        *,
        -- the confidence as an exact integer of units of 1e-10 (it has 10 decimal places): what
        -- the recommendation scores add up, as integers (summing the decimals took twice as long)
        cast(confidence * 10000000000 as bigint) as confidence_units,
        -- the products whose lists hold one companion, best first: higher confidence, then
        -- higher lift, then stock code
        cast(row_number() over (
            partition by companion_stock_code
            order by confidence desc, lift desc, stock_code asc
        ) as integer) as proposer_rank
    from measured

)

-- written in product order: a product's list then sits on one page for the lookups by product
select * from final
{{ physical_order('stock_code, companion_rank') }}
