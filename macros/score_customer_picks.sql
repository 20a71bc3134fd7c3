{#-
    `int_customer_picks_scored`: for each customer of `bought` (one row per customer and product
    bought), the products their products' companion lists (`companions`:
    `int_product_companions_ranked`) propose that they have not bought, with the score (the sum
    of the proposing confidences, in integer units of 1e-10: confidences have 10 decimal
    places, so the sum is exact), the number of their products proposing each and the best
    `proposer_rank` among those; only each customer's best `keep` by score, then support, with
    every pick tied with the last.
-#}
{% macro score_customer_picks(bought, companions, keep) -%}
    {{ return(adapter.dispatch('score_customer_picks')(bought, companions, keep)) }}
{%- endmacro %}

{#- Standard SQL (Spark): every purchase joined to its product's companions, grouped, ranked. -#}
{% macro default__score_customer_picks(bought, companions, keep) -%}
    select
        customer_id,
        stock_code,
        score,
        supporting_products,
        best_proposer_rank
    from (
        select
            bought.customer_id,
            companions.companion_stock_code as stock_code,
            sum(companions.confidence_units) as score,
            count(*) as supporting_products,
            min(companions.proposer_rank) as best_proposer_rank,
            rank() over (
                partition by bought.customer_id
                order by
                    sum(companions.confidence_units) desc,
                    count(*) desc
            ) as pick_rank
        from {{ bought }} as bought
        inner join {{ companions }} as companions
            on bought.stock_code = companions.stock_code
        where not exists (
            select 1
            from {{ bought }} as owned
            where
                owned.customer_id = bought.customer_id
                and owned.stock_code = companions.companion_stock_code
        )
        group by bought.customer_id, companions.companion_stock_code
    ) as picks
    where pick_rank <= {{ keep }}
{%- endmacro %}

{#-
    PostgreSQL: the same picks, customer by customer. Each customer's products come from
    `bought`'s (customer_id, stock_code) index and each product's companion list from
    `companions`' (stock_code, companion_rank) index (a lateral subquery with a limit, which
    PostgreSQL cannot turn into a hash join that would scan the whole list table per customer),
    and the customer's few hundred proposals are grouped and cut in small hash tables: 2.6–4.9 s
    on the real data, where one hash aggregate of every proposal at once (4.7 million, into 1.1
    million groups) and the sort of them took about 5 s of an 8.8 s query.
-#}
{% macro postgres__score_customer_picks(bought, companions, keep) -%}
    select
        customers.customer_id,
        picks.stock_code,
        picks.score,
        picks.supporting_products,
        picks.best_proposer_rank
    from (select distinct bought.customer_id from {{ bought }} as bought) as customers
    cross join lateral (
        select
            proposals.companion_stock_code as stock_code,
            sum(proposals.confidence_units) as score,
            count(*) as supporting_products,
            min(proposals.proposer_rank) as best_proposer_rank
        from {{ bought }} as bought
        cross join lateral (
            -- the product's whole list (it holds at most this many)
            select
                companions.companion_stock_code,
                companions.confidence_units,
                companions.proposer_rank
            from {{ companions }} as companions
            where companions.stock_code = bought.stock_code
            order by companions.companion_rank
            limit {{ var('recommendation_companions_per_product') }}
        ) as proposals
        where
            bought.customer_id = customers.customer_id
            and not exists (
                select 1
                from {{ bought }} as owned
                where
                    owned.customer_id = customers.customer_id
                    and owned.stock_code = proposals.companion_stock_code
            )
        group by proposals.companion_stock_code
        order by score desc, supporting_products desc
        fetch first {{ keep }} rows with ties
    ) as picks
{%- endmacro %}
