{#-
    One row per customer with a sale invoice: their purchase-day history and what the customer
    models (BG/NBD, Gamma-Gamma; `scripts/predict.py`) expect of them, with the value at stake
    (`predicted_revenue_365d`), a churn risk band and a value decile for ordering lists.
-#}

with predictions as (

    select * from {{ ref('stg_predictions__customer_predictions') }}

),

rfm as (

    select * from {{ ref('customer_rfm') }}

),

valued as (

    select
        predictions.*,
        predictions.expected_purchases_365d * predictions.expected_average_spend as predicted_revenue_365d
    from predictions

),

final as (

    select
        cast(valued.customer_id as integer) as customer_id,
        cast(valued.as_of_date as date) as as_of_date,
        cast(valued.frequency as integer) as frequency,
        cast(valued.recency_days as integer) as recency_days,
        cast(valued.tenure_days as integer) as tenure_days,
        cast(valued.average_repeat_spend as numeric(14, 2)) as average_repeat_spend,
        cast(valued.probability_alive as numeric(9, 6)) as probability_alive,
        cast(valued.expected_purchases_90d as numeric(12, 4)) as expected_purchases_90d,
        cast(valued.expected_purchases_365d as numeric(12, 4)) as expected_purchases_365d,
        cast(valued.expected_average_spend as numeric(14, 2)) as expected_average_spend,
        cast(valued.predicted_revenue_365d as numeric(14, 2)) as predicted_revenue_365d,
        cast(
            case
                when valued.probability_alive >= {{ var('churn_active_threshold') }} then 'active'
                when valued.probability_alive >= {{ var('churn_at_risk_threshold') }} then 'at risk'
                when valued.probability_alive is not null then 'likely lost'
            end as {{ dbt.type_string() }}
        ) as churn_risk_band,
        cast(
            case
                when valued.predicted_revenue_365d is not null
                    then ntile(10) over (
                        partition by valued.predicted_revenue_365d is null
                        order by valued.predicted_revenue_365d asc, valued.customer_id asc
                    )
            end as integer
        ) as value_decile,
        cast(rfm.segment as {{ dbt.type_string() }}) as segment
    from valued
    left join rfm
        on valued.customer_id = rfm.customer_id

)

select * from final
