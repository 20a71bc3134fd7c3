{#- The predictive step's `model_fits`, as written: nothing else. -#}

with source as (

    select * from {{ source('predictions', 'model_fits') }}

),

final as (

    select
        model,
        fitted_at,
        observation_end,
        training_rows,
        parameters,
        log_likelihood,
        holdout_weeks,
        holdout_metric,
        holdout_value,
        baseline_value,
        holdout_details
    from source

)

select * from final
