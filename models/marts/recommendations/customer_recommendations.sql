{#-
    Up to `recommendations_per_customer` products for every customer in `customer_rfm` that
    the customer has never bought, best first.

    Scoring (item-to-item, from the same pair counts as `product_affinity`): every product the
    customer has bought on a sale invoice proposes its `recommendation_companions_per_product`
    best companions (`int_product_companions_ranked`); a proposed product the customer has
    not bought scores the sum of the confidences with which their products lead to it. The product behind the highest
    confidence explains it (`because_of_stock_code`).
    Ties: higher score, then more of the customer's products proposing it, then more sale
    invoices overall (popularity), then stock code; for the explanation, higher confidence,
    then higher lift, then stock code.
    Customers with fewer affinity proposals are topped up with the most popular products
    (most sale invoices, then stock code) they have not bought, with score 0 and no explanation.
-#}

{{ config(pre_hook="{{ session_work_mem() }}") }}

with lines as (

    select * from {{ ref('fct_invoice_lines') }}
    where
        invoice_type = 'sale'
        and line_category = 'product'
        and customer_id is not null

),

customers as (

    select * from {{ ref('customer_rfm') }}

),

companions as (

    select * from {{ ref('int_product_companions_ranked') }}

),

product_summaries as (

    select * from {{ ref('int_products_summarized') }}

),

names as (

    select * from {{ ref('int_stock_codes_named') }}

),

products as (

    -- the products ranked by popularity: catalogue products on at least one sale invoice
    -- (with an integer key for this run, so the million-row joins and sums below work on integers)
    select
        product_summaries.stock_code,
        product_summaries.order_count,
        names.product_name,
        row_number() over (order by product_summaries.stock_code) as product_key
    from product_summaries
    left join names
        on product_summaries.stock_code = names.stock_code
    where
        product_summaries.line_category = 'product'
        and product_summaries.order_count > 0

),

bought as (

    select distinct
        lines.customer_id,
        products.product_key
    from lines
    inner join products
        on lines.stock_code = products.stock_code

),

proposers as (

    -- for each proposed product, the products that propose it, best explanation first: higher
    -- confidence, then higher lift, then stock code (a plain ordering, ranked once per product)
    select
        companions.stock_code,
        companions.companion_stock_code,
        proposing.product_key,
        proposed.product_key as companion_product_key,
        -- in units of 1e-10 (confidence has 10 decimal places): an exact integer, summed as
        -- bigint rather than numeric (the model's query 7.6 s → 6.2 s on the real data)
        cast(companions.confidence * 10000000000 as bigint) as confidence_units,
        row_number() over (
            partition by companions.companion_stock_code
            order by companions.confidence desc, companions.lift desc, companions.stock_code asc
        ) as proposer_rank
    from companions
    inner join products as proposing
        on companions.stock_code = proposing.stock_code
    inner join products as proposed
        on companions.companion_stock_code = proposed.stock_code

),

scored as (

    -- every product the customer's purchases propose, with the sum of the confidences (in units
    -- of 1e-10) and the best-ranked of the customer's purchases that propose it (the explanation)
    select
        bought.customer_id,
        proposers.companion_product_key as product_key,
        sum(proposers.confidence_units) as score,
        count(*) as supporting_products,
        min(proposers.proposer_rank) as best_proposer_rank
    from bought
    inner join proposers
        on bought.product_key = proposers.product_key
    group by bought.customer_id, proposers.companion_product_key

),

unbought as (

    select * from scored
    where not exists (
        select 1
        from bought
        where
            bought.customer_id = scored.customer_id
            and bought.product_key = scored.product_key
    )

),

affinity_ranked as (

    select
        unbought.customer_id,
        products.stock_code,
        unbought.score,
        unbought.supporting_products,
        unbought.best_proposer_rank,
        products.order_count,
        row_number() over (
            partition by unbought.customer_id
            order by
                unbought.score desc,
                unbought.supporting_products desc,
                products.order_count desc,
                products.stock_code asc
        ) as pick_rank
    from unbought
    inner join products
        on unbought.product_key = products.product_key

),

affinity_top as (

    select * from affinity_ranked
    where pick_rank <= {{ var('recommendations_per_customer') }}

),

affinity_picks as (

    select
        affinity_top.customer_id,
        affinity_top.stock_code,
        affinity_top.score,
        affinity_top.supporting_products,
        proposers.stock_code as because_of_stock_code,
        'affinity' as recommendation_source,
        1 as source_order,
        affinity_top.order_count
    from affinity_top
    inner join proposers
        on
            affinity_top.stock_code = proposers.companion_stock_code
            and affinity_top.best_proposer_rank = proposers.proposer_rank

),

popular as (

    -- enough best sellers to fill any customer's list (the list fills only from unbought ones)
    select
        stock_code,
        product_key,
        order_count
    from products
    order by order_count desc, stock_code asc
    limit {{ var('recommendations_per_customer') }} + 100

),

short_lists as (

    -- customers whose purchases propose fewer products than the list holds
    select customers.customer_id
    from customers
    left join affinity_picks
        on customers.customer_id = affinity_picks.customer_id
    group by customers.customer_id
    having count(affinity_picks.stock_code) < {{ var('recommendations_per_customer') }}

),

popular_picks as (

    select
        short_lists.customer_id,
        popular.stock_code,
        0 as score,
        0 as supporting_products,
        cast(null as {{ dbt.type_string() }}) as because_of_stock_code,
        'popular' as recommendation_source,
        2 as source_order,
        popular.order_count
    from short_lists
    cross join popular
    where
        not exists (
            select 1
            from bought
            where
                bought.customer_id = short_lists.customer_id
                and bought.product_key = popular.product_key
        )
        and not exists (
            select 1
            from affinity_picks
            where
                affinity_picks.customer_id = short_lists.customer_id
                and affinity_picks.stock_code = popular.stock_code
        )

),

ranked as (

    select
        *,
        row_number() over (
            partition by customer_id
            order by
                source_order asc,
                score desc,
                supporting_products desc,
                order_count desc,
                stock_code asc
        ) as recommendation_rank
    from (
        select * from affinity_picks
        union all
        select * from popular_picks
    ) as picks

),

final as (

    select
        cast(ranked.customer_id as integer) as customer_id,
        cast(ranked.recommendation_rank as integer) as rank, -- noqa: RF04
        cast(ranked.stock_code as {{ dbt.type_string() }}) as recommended_stock_code,
        cast(recommended.product_name as {{ dbt.type_string() }}) as recommended_product_name,
        cast(cast(ranked.score as numeric(20, 0)) * 0.0000000001 as numeric(20, 10)) as score,
        cast(ranked.supporting_products as integer) as supporting_products,
        cast(ranked.because_of_stock_code as {{ dbt.type_string() }}) as because_of_stock_code,
        cast(reason.product_name as {{ dbt.type_string() }}) as because_of_product_name,
        cast(ranked.recommendation_source as {{ dbt.type_string() }}) as recommendation_source
    from ranked
    inner join customers
        on ranked.customer_id = customers.customer_id
    left join products as recommended
        on ranked.stock_code = recommended.stock_code
    left join products as reason
        on ranked.because_of_stock_code = reason.stock_code
    where ranked.recommendation_rank <= {{ var('recommendations_per_customer') }}

)

select * from final
