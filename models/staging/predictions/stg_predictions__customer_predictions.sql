{#- The predictive step's `customer_predictions`, as written: nothing else. -#}

with source as (

    select * from {{ source('predictions', 'customer_predictions') }}

),

final as (

    select * from source

)

select * from final
