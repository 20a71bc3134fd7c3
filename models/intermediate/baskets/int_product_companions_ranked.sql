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

    -- a pair is stored once (a < b): each product's largest counts on either side, with ties,
    -- which holds every pair that can reach the top of its list (macros/top_companion_pairs.sql)
    {{ top_companion_pairs('product_invoices', ref('int_product_pairs_counted')) }}

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
        cast(round(
            {{ exact_divide("cast(pair_invoices as numeric(20, 0))", "product_invoices") }}, 10
        ) as numeric(20, 10)) as confidence,
        cast(round({{ exact_divide(
            "cast(pair_invoices as numeric(20, 0)) * sale_invoices", "product_invoices * companion_invoices"
        ) }}, 10) as numeric(20, 10)) as lift
    from ranked
    where companion_rank <= {{ var('recommendation_companions_per_product') }}

)

select * from final
