{#- The predictive step's `sales_forecasts`, as written: nothing else. -#}

with source as (

    select * from {{ source('predictions', 'sales_forecasts') }}

),

final as (

    select * from source

)

select * from final
