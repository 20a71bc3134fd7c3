{#-
    For each product on a kept pair (at least `affinity_min_invoices` shared sale invoices), its
    pairs with the `recommendation_companions_per_product` largest counts, ties included: every
    pair that can reach the top of the product's list in `int_product_companions_ranked`, which
    ranks these few instead of every pair.

    Incremental on the pair table's `load_id` (the load that last changed a pair's count). Counts
    only grow, so a product's new candidates are the best of its stored candidates and its pairs
    whose count changed: a pair in neither kept its count, which was below the product's
    threshold, and the threshold cannot fall; nor can a changed pair below that threshold enter.
    Only products with a pair entering their list are rewritten (`delete+insert` by product),
    a few thousand rows instead of ranking the 400,000 changed sides of the real data's last day;
    each product's rows carry the pair load its list was computed from. Changing either var
    needs a full refresh (`make build FULL_REFRESH=1`).
-#}

{{ config(
    materialized=keyed_incremental(),
    unique_key='stock_code',
    incremental_strategy='delete+insert',
    indexes=[
        {'columns': ['stock_code', 'companion_stock_code'], 'unique': true},
    ],
) }}

with changed_pairs as (

    -- the kept pairs; on a refresh, only those whose count changed since this table was built
    -- (their codes back in the database's collation, that of the tables the lists meet)
    select
        {{ database_collation('pairs.stock_code_a') }} as stock_code_a,
        {{ database_collation('pairs.stock_code_b') }} as stock_code_b,
        pairs.pair_invoices,
        pairs.load_id
    from {{ ref('int_product_pairs_counted') }} as pairs
    where
        pairs.pair_invoices >= {{ var('affinity_min_invoices') }}
        and pairs.load_id > {{ load_watermark() }}

),

changed_sides as (

    -- a pair is stored once (a < b): it is a candidate for the product on either side
    select
        stock_code_a as stock_code,
        stock_code_b as companion_stock_code,
        pair_invoices
    from changed_pairs
    union all
    select
        stock_code_b as stock_code,
        stock_code_a as companion_stock_code,
        pair_invoices
    from changed_pairs

),

{% if is_incremental() %}

    stored_candidates as (

        select * from {{ this }}

    ),

    stored_thresholds as (

        -- the smallest count that reached each product's list: a changed pair below it cannot
        -- enter (lists hold every count down to the list's last, ties included; a product
        -- with a short list takes any kept pair)
        select
            stock_code,
            case
                when count(*) >= {{ var('recommendation_companions_per_product') }} then min(pair_invoices)
                else {{ var('affinity_min_invoices') }}
            end as lowest_count
        from stored_candidates
        group by stock_code

    ),

    entering as (

        select changed_sides.*
        from changed_sides
        left join stored_thresholds
            on changed_sides.stock_code = stored_thresholds.stock_code
        where changed_sides.pair_invoices >= coalesce(stored_thresholds.lowest_count, 0)

    ),

    current_counts as (

        -- the products with a pair entering their lists: those pairs and the stored candidates,
        -- a changed pair at its new count, the larger (counts only grow); the other products'
        -- lists stay as stored
        select
            pool.stock_code,
            pool.companion_stock_code,
            max(pool.pair_invoices) as pair_invoices
        from (
            select * from entering
            union all
            select
                stored_candidates.stock_code,
                stored_candidates.companion_stock_code,
                stored_candidates.pair_invoices
            from stored_candidates
            where stored_candidates.stock_code in (select entering.stock_code from entering)
        ) as pool
        group by pool.stock_code, pool.companion_stock_code

    ),

{% else %}

    current_counts as (

        select * from changed_sides

    ),

{% endif %}

ranked as (

    select
        current_counts.stock_code,
        current_counts.companion_stock_code,
        current_counts.pair_invoices,
        rank() over (
            partition by current_counts.stock_code
            order by current_counts.pair_invoices desc
        ) as count_rank
    from current_counts

),

final as (

    select
        stock_code,
        companion_stock_code,
        cast(pair_invoices as bigint) as pair_invoices,
        cast((select max(changed_pairs.load_id) from changed_pairs) as bigint) as load_id
    from ranked
    where count_rank <= {{ var('recommendation_companions_per_product') }}

)

select * from final
