{#-
    One row per customer and campaign: who each campaign targets, from the segment seed's
    campaigns (win-back, loyalty rewards, nurture, re-activation), with what an email needs —
    country, last purchase, lifetime net revenue and the customer's top recommended product, and
    what the customer models expect (probability alive, next year's revenue, churn risk band) so a
    list can be ordered by value at risk.
    Customers come from `customer_rfm`, so guests never appear.
-#}

with rfm as (

    select * from {{ ref('customer_rfm') }}

),

customers as (

    select * from {{ ref('int_customers_summarized') }}

),

lifetime_values as (

    select * from {{ ref('customer_lifetime_value') }}

),

recommendations as (

    select * from {{ ref('customer_recommendations') }}
    where rank = 1

),

final as (

    select
        cast(rfm.campaign as {{ dbt.type_string() }}) as campaign,
        cast(rfm.customer_id as integer) as customer_id,
        cast(rfm.segment as {{ dbt.type_string() }}) as segment,
        cast(rfm.recommended_action as {{ dbt.type_string() }}) as recommended_action,
        cast(rfm.rfm_score as {{ dbt.type_string() }}) as rfm_score,
        customers.country,
        customers.last_purchase_date,
        cast(rfm.recency_days as integer) as recency_days,
        cast(rfm.frequency as bigint) as lifetime_orders,
        customers.net_sales as lifetime_net_revenue,
        cast(recommendations.recommended_stock_code as {{ dbt.type_string() }}) as top_recommended_stock_code,
        cast(recommendations.recommended_product_name as {{ dbt.type_string() }}) as top_recommended_product_name,
        cast(rfm.as_of_date as date) as as_of_date,
        lifetime_values.probability_alive,
        lifetime_values.predicted_revenue_365d,
        lifetime_values.churn_risk_band
    from rfm
    inner join customers
        on rfm.customer_id = customers.customer_id
    left join recommendations
        on rfm.customer_id = recommendations.customer_id
    left join lifetime_values
        on rfm.customer_id = lifetime_values.customer_id
    where rfm.campaign is not null

)

select * from final
