{#-
    Each customer's best affinity picks, before the final ranking: every product their
    purchases propose (each bought product's `recommendation_companions_per_product` best
    companions, `int_product_companions_ranked`) that they have not bought, scored by the sum of
    the proposing confidences, in integer units of 1e-10 (exact: confidences have 10 decimal
    places), with the number of their products proposing it and the best-placed of those, which
    explains it (highest confidence, then lift, then stock code: `proposer_rank`). Only the best
    `recommendations_per_customer` by score, then support, and every pick tied with the last:
    `customer_recommendations` breaks the remaining ties.

    The purchase and companion tables are read directly, not through import CTEs, so that
    PostgreSQL can walk their indexes customer by customer (macros/score_customer_picks.sql).
-#}

{{ config(
    indexes=[
        {'columns': ['customer_id', 'stock_code'], 'unique': true},
    ],
) }}

with companions as (

    select * from {{ ref('int_product_companions_ranked') }}

),

picks as (

    {{ score_customer_picks(
        ref('int_customer_products_bought'),
        ref('int_product_companions_ranked'),
        var('recommendations_per_customer'),
    ) }}

),

final as (

    select
        cast(picks.customer_id as integer) as customer_id,
        cast(picks.stock_code as {{ dbt.type_string() }}) as stock_code,
        cast(picks.score as bigint) as score,
        cast(picks.supporting_products as integer) as supporting_products,
        cast(companions.stock_code as {{ dbt.type_string() }}) as because_of_stock_code
    from picks
    inner join companions
        on
            picks.stock_code = companions.companion_stock_code
            and picks.best_proposer_rank = companions.proposer_rank

)

select * from final
