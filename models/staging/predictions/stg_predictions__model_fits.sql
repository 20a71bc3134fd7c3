{#- The predictive step's `model_fits`, as written: nothing else. -#}

with source as (

    select * from {{ source('predictions', 'model_fits') }}

),

final as (

    select * from source

)

select * from final
