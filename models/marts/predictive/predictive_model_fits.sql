{#-
    One row per model fitted by each run of the predictive step (`scripts/predict.py`): the
    parameters, the fit's log-likelihood, and the same model refitted with its last 13 weeks held
    out, measured against what happened and against its naive baseline. Runs accumulate, so a
    model's drift is visible.
-#}

with fits as (

    select * from {{ ref('stg_predictions__model_fits') }}

),

final as (

    select
        cast(model as {{ dbt.type_string() }}) as model, -- noqa: RF04
        cast(fitted_at as timestamp) as fitted_at,
        cast(observation_end as date) as observation_end,
        cast(training_rows as integer) as training_rows,
        cast(parameters as {{ lgs_type('json') }}) as parameters, -- noqa: RF04
        cast(log_likelihood as numeric(18, 4)) as log_likelihood,
        cast(holdout_weeks as integer) as holdout_weeks,
        cast(holdout_metric as {{ dbt.type_string() }}) as holdout_metric,
        cast(holdout_value as numeric(18, 6)) as holdout_value,
        cast(baseline_value as numeric(18, 6)) as baseline_value,
        cast(holdout_details as {{ lgs_type('json') }}) as holdout_details
    from fits

)

select * from final
