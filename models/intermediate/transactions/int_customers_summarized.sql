{#-
    One row per known customer (any kept line with a customer id): the customer grain that
    `customer_rfm`, `dim_customers`, `customer_cohorts` and `campaign_audiences` read. Sums the
    invoice grain's split measures, so a customer's orders and net spend are the same figures
    as the semantic layer's `placed_orders` and `net_sales` for that customer.
    Country: the country of the customer's latest invoice (by its latest line's time, then its
    highest line id).
-#}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}
    where customer_id is not null

),

latest_invoices as (

    select
        customer_id,
        country,
        row_number() over (
            partition by customer_id
            order by last_invoiced_at desc, last_invoice_line_id desc
        ) as recency_rank
    from invoices

),

lifetime as (

    select
        customer_id,
        min(case when sale_invoice_id is not null then invoice_date end) as first_purchase_date,
        max(case when sale_invoice_id is not null then invoice_date end) as last_purchase_date,
        sum(placed_orders) as placed_orders,
        sum(cancelled_orders) as cancelled_orders,
        sum(gross_sales) as gross_sales,
        sum(returns_amount) as returns_amount,
        sum(net_sales) as net_sales
    from invoices
    group by customer_id

),

final as (

    select
        lifetime.customer_id,
        latest_invoices.country,
        lifetime.first_purchase_date,
        cast({{ dbt.date_trunc('month', 'lifetime.first_purchase_date') }} as date) as first_purchase_month,
        lifetime.last_purchase_date,
        lifetime.placed_orders,
        lifetime.cancelled_orders,
        lifetime.gross_sales,
        lifetime.returns_amount,
        lifetime.net_sales
    from lifetime
    inner join latest_invoices
        on
            lifetime.customer_id = latest_invoices.customer_id
            and latest_invoices.recency_rank = 1

)

select * from final
