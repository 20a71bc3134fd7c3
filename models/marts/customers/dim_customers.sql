{#-
    One row per known customer (any valid line with a customer id): where they are, when they
    first and last bought, lifetime figures and their current RFM segment.
-#}

with invoice_summaries as (

    -- the kept lines summed per invoice, day, customer and country
    select * from {{ ref('int_invoices_summarized') }}
    where customer_id is not null

),

rfm as (

    select * from {{ ref('customer_rfm') }}

),

latest_country as (

    select
        customer_id,
        country,
        row_number() over (
            partition by customer_id
            order by last_line_key desc
        ) as recency_rank
    from invoice_summaries

),

lifetime as (

    select
        customer_id,
        min(case when invoice_type = 'sale' then invoice_date end) as first_purchase_date,
        max(case when invoice_type = 'sale' then invoice_date end) as last_purchase_date,
        count(distinct case when invoice_type = 'sale' then invoice_id end) as lifetime_orders,
        count(distinct case when invoice_type = 'cancellation' then invoice_id end) as lifetime_cancellations,
        coalesce(sum(case when invoice_type = 'sale' then line_amount end), 0) as lifetime_gross_revenue,
        coalesce(sum(case when invoice_type in ('sale', 'cancellation') then line_amount end), 0)
            as lifetime_net_revenue
    from invoice_summaries
    group by customer_id

),

final as (

    select
        cast(lifetime.customer_id as integer) as customer_id,
        cast(latest_country.country as text) as country,
        cast(lifetime.first_purchase_date as date) as first_purchase_date,
        cast(lifetime.last_purchase_date as date) as last_purchase_date,
        cast(lifetime.lifetime_orders as bigint) as lifetime_orders,
        cast(lifetime.lifetime_cancellations as bigint) as lifetime_cancellations,
        cast(lifetime.lifetime_gross_revenue as numeric) as lifetime_gross_revenue,
        cast(lifetime.lifetime_net_revenue as numeric) as lifetime_net_revenue,
        cast(rfm.rfm_score as text) as rfm_score,
        cast(rfm.segment as text) as segment
    from lifetime
    inner join latest_country
        on
            lifetime.customer_id = latest_country.customer_id
            and latest_country.recency_rank = 1
    left join rfm
        on lifetime.customer_id = rfm.customer_id

)

select * from final
