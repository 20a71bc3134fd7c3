{#-
    The tables the predictive step (`scripts/predict.py`) writes and the predictive marts read
    (staging `stg_predictions__*`). Created empty, if missing, at the start of every dbt run, so a
    plain `dbt build` works before the step has ever run (the predictive marts are then empty);
    their schema is the `predictions_schema` var, prefixed like every layer.
-#}
{% macro predictions_schema() -%}
    {{ generate_schema_name(var('predictions_schema'), none) }}
{%- endmacro %}

{% macro create_prediction_tables() %}
    {%- set s = predictions_schema() -%}
    {%- set text, double, json = lgs_type('text'), lgs_type('double'), lgs_type('json') -%}
    {%- set using = ' using parquet' if target.type == 'spark' else '' -%}
    {%- set statements = [] -%}
    {%- do statements.append('create schema if not exists ' ~ s) -%}
    {%- set customer_predictions -%}
    create table if not exists {{ s }}.customer_predictions (
        customer_id integer not null,
        as_of_date date not null,
        frequency integer not null,
        recency_days integer not null,
        tenure_days integer not null,
        average_repeat_spend numeric(14, 2),
        probability_alive {{ double }},
        expected_purchases_90d {{ double }},
        expected_purchases_365d {{ double }},
        expected_average_spend {{ double }}
        {{ lgs_primary_key(['customer_id']) }}
    ){{ using }}
    {%- endset -%}
    {%- set sales_forecasts -%}
    create table if not exists {{ s }}.sales_forecasts (
        series {{ text }} not null,
        stock_code {{ text }},
        measure {{ text }} not null,
        week_start date not null,
        forecast {{ double }} not null,
        lower_80 {{ double }},
        upper_80 {{ double }},
        lower_95 {{ double }},
        upper_95 {{ double }},
        model {{ text }} not null,
        trained_through date not null
        {{ lgs_primary_key(['series', 'week_start']) }}
    ){{ using }}
    {%- endset -%}
    {%- set model_fits -%}
    create table if not exists {{ s }}.model_fits (
        model {{ text }} not null,
        fitted_at timestamp not null,
        observation_end date,
        training_rows integer not null,
        parameters {{ json }} not null,
        log_likelihood {{ double }},
        holdout_weeks integer,
        holdout_metric {{ text }},
        holdout_value {{ double }},
        baseline_value {{ double }},
        holdout_details {{ json }}
        {{ lgs_primary_key(['model', 'fitted_at']) }}
    ){{ using }}
    {%- endset -%}
    {#- one statement at a time: Spark runs one per call -#}
    {%- if execute -%}
        {%- for statement in [statements[0], customer_predictions, sales_forecasts, model_fits] -%}
            {%- do run_query(statement) -%}
        {%- endfor -%}
    {%- endif -%}
{% endmacro %}
