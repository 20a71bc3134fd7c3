{#- The predictive step's `sales_forecasts`, as written: nothing else. -#}

with source as (

    select * from {{ source('predictions', 'sales_forecasts') }}

),

final as (

    select
        series,
        stock_code,
        measure,
        week_start,
        forecast,
        lower_80,
        upper_80,
        lower_95,
        upper_95,
        model,
        trained_through
    from source

)

select * from final
