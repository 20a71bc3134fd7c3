{#- The predictive step's `customer_predictions`, as written: nothing else. -#}

with source as (

    select * from {{ source('predictions', 'customer_predictions') }}

),

final as (

    select
        customer_id,
        as_of_date,
        frequency,
        recency_days,
        tenure_days,
        average_repeat_spend,
        probability_alive,
        expected_purchases_90d,
        expected_purchases_365d,
        expected_average_spend
    from source

)

select * from final
