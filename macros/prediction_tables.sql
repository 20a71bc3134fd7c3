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
    create schema if not exists {{ s }};
    create table if not exists {{ s }}.customer_predictions (
        customer_id integer primary key,
        as_of_date date not null,
        frequency integer not null,
        recency_days integer not null,
        tenure_days integer not null,
        average_repeat_spend numeric(14, 2),
        probability_alive double precision,
        expected_purchases_90d double precision,
        expected_purchases_365d double precision,
        expected_average_spend double precision
    );
    create table if not exists {{ s }}.sales_forecasts (
        series text not null,
        stock_code text,
        measure text not null,
        week_start date not null,
        forecast double precision not null,
        lower_80 double precision,
        upper_80 double precision,
        lower_95 double precision,
        upper_95 double precision,
        model text not null,
        trained_through date not null,
        primary key (series, week_start)
    );
    create table if not exists {{ s }}.model_fits (
        model text not null,
        fitted_at timestamp not null,
        observation_end date,
        training_rows integer not null,
        parameters jsonb not null,
        log_likelihood double precision,
        holdout_weeks integer,
        holdout_metric text,
        holdout_value double precision,
        baseline_value double precision,
        holdout_details jsonb,
        primary key (model, fitted_at)
    );
{% endmacro %}
