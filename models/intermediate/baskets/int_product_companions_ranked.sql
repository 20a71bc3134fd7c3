{#-
    Each product's best companions: for every product on a kept pair (at least
    `affinity_min_invoices` shared sale invoices), its `recommendation_companions_per_product`
    best companions, ranked by confidence (highest first), then lift (highest first), then stock
    code. The candidates `customer_recommendations` scores.

    Within one product, confidence follows the shared invoices and, among equal shared invoices,
    lift follows the companion's rarity, so the order is exact on integers. Only the top of each
    product's list is needed, so it is read from the pair table's indexes (largest counts first,
    ties included) instead of sorting every pair.
-#}

with product_invoices as (

    select * from {{ ref('int_product_invoices_counted') }}

),

top_pairs as (

    -- a pair is stored once (a < b): take each product's largest counts on either side, with
    -- ties, which holds every pair that can reach the top of its list. The pair table is read
    -- here directly, not through an import CTE: a CTE used twice is materialized by PostgreSQL
    -- and would lose the table's (stock_code_a, pair_invoices) and (stock_code_b, pair_invoices)
    -- indexes that make each lookup a short index scan.
    select
        product_invoices.stock_code,
        companions.companion_stock_code,
        companions.pair_invoices
    from product_invoices
    cross join lateral (
        (
            select
                pairs.stock_code_b as companion_stock_code,
                pairs.pair_invoices
            from {{ ref('int_product_pairs_counted') }} as pairs
            where
                pairs.stock_code_a = product_invoices.stock_code
                and pairs.pair_invoices >= {{ var('affinity_min_invoices') }}
            order by pairs.pair_invoices desc
            fetch first {{ var('recommendation_companions_per_product') }} rows with ties
        )
        union all
        (
            select
                pairs.stock_code_a as companion_stock_code,
                pairs.pair_invoices
            from {{ ref('int_product_pairs_counted') }} as pairs
            where
                pairs.stock_code_b = product_invoices.stock_code
                and pairs.pair_invoices >= {{ var('affinity_min_invoices') }}
            order by pairs.pair_invoices desc
            fetch first {{ var('recommendation_companions_per_product') }} rows with ties
        )
    ) as companions

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

final as (

    select
        stock_code,
        companion_stock_code,
        cast(companion_rank as integer) as companion_rank,
        cast(pair_invoices as bigint) as pair_invoices,
        cast(round(cast(pair_invoices as numeric) / product_invoices, 10) as numeric) as confidence,
        cast(round(
            cast(pair_invoices as numeric) * sale_invoices / (product_invoices * companion_invoices), 10
        ) as numeric) as lift
    from ranked
    where companion_rank <= {{ var('recommendation_companions_per_product') }}

)

select * from final
