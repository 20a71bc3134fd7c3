{#-
    Up to `recommendations_per_customer` products for every customer in `customer_rfm` that
    the customer has never bought, best first.

    Scoring (item-to-item, from the same pair counts as `product_affinity`): every product the
    customer has bought on a sale invoice proposes its `recommendation_companions_per_product`
    best companions (`int_product_companions_ranked`); a proposed product the customer has
    not bought scores the sum of the confidences with which their products lead to it
    (`int_customer_picks_scored`). The product behind the highest confidence explains it
    (`because_of_stock_code`).
    Ties: higher score, then more of the customer's products proposing it, then more sale
    invoices overall (popularity), then stock code; for the explanation, higher confidence,
    then higher lift, then stock code.
    Customers with fewer affinity proposals are topped up with the most popular products
    (most sale invoices, then stock code) they have not bought, with score 0 and no explanation.
-#}

with bought as (

    select * from {{ ref('int_customer_products_bought') }}

),

customers as (

    select * from {{ ref('customer_rfm') }}

),

scored as (

    -- each customer's best picks by score, then support, ties at the cut included
    select * from {{ ref('int_customer_picks_scored') }}

),

product_summaries as (

    select * from {{ ref('int_products_summarized') }}

),

names as (

    select * from {{ ref('int_stock_codes_named') }}

),

products as (

    -- the products ranked by popularity: catalogue products on at least one sale invoice
    select
        product_summaries.stock_code,
        product_summaries.order_count,
        names.product_name
    from product_summaries
    left join names
        on product_summaries.stock_code = names.stock_code
    where
        product_summaries.line_category = 'product'
        and product_summaries.order_count > 0

),

affinity_ranked as (

    select
        scored.customer_id,
        products.stock_code,
        scored.score,
        scored.supporting_products,
        scored.because_of_stock_code,
        products.order_count,
        row_number() over (
            partition by scored.customer_id
            order by
                scored.score desc,
                scored.supporting_products desc,
                products.order_count desc,
                products.stock_code asc
        ) as pick_rank
    from scored
    inner join products
        on scored.stock_code = products.stock_code

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
        affinity_top.because_of_stock_code,
        'affinity' as recommendation_source,
        1 as source_order,
        affinity_top.order_count
    from affinity_top

),

popular as (

    -- enough best sellers to fill any customer's list (the list fills only from unbought ones)
    select
        stock_code,
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
    where not exists (
        select 1
        from bought
        where
            bought.customer_id = short_lists.customer_id
            and bought.stock_code = popular.stock_code
    )

),

picks as (

    -- a best seller that is also one of the customer's affinity picks is kept once, as the
    -- affinity pick (a window over the few thousand picks, rather than an anti-join that a
    -- row estimate of 1 once turned into a nested loop of 137 million comparisons)
    select
        *,
        row_number() over (
            partition by customer_id, stock_code
            order by source_order asc
        ) as pick_copy
    from (
        select * from affinity_picks
        union all
        select * from popular_picks
    ) as all_picks

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
    from picks
    where pick_copy = 1

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
