{#-
    One row per known customer (any valid line with a customer id): where they are, when they
    first and last bought, lifetime figures (the customer grain, `int_customers_summarized`)
    and their current RFM segment.
-#}

with customers as (

    select * from {{ ref('int_customers_summarized') }}

),

rfm as (

    select * from {{ ref('customer_rfm') }}

),

final as (

    select
        customers.customer_id,
        customers.country,
        customers.first_purchase_date,
        customers.last_purchase_date,
        cast(customers.placed_orders as bigint) as lifetime_orders,
        cast(customers.cancelled_orders as bigint) as lifetime_cancellations,
        customers.gross_sales as lifetime_gross_revenue,
        customers.net_sales as lifetime_net_revenue,
        rfm.rfm_score,
        rfm.segment
    from customers
    left join rfm
        on customers.customer_id = rfm.customer_id

)

select * from final
