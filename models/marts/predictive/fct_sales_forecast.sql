{#-
    One row per series and week: the shop's weekly net sales (`all`) and each class-A product's
    weekly units sold, every complete week of history with its actual, then the forecast weeks
    with their 80% and 95% intervals (`scripts/predict.py`; models in `scripts/forecast.py`).
    Product weeks without a sale hold 0.
-#}

with weeks as (

    select * from {{ ref('int_sales_weeks_summarized') }}

),

product_weeks as (

    select * from {{ ref('int_product_weeks_summarized') }}

),

rankings as (

    select * from {{ ref('product_rankings') }}
    where abc_class = 'A'

),

predicted as (

    select * from {{ ref('stg_predictions__sales_forecasts') }}

),

forecasts as (

    -- the weeks after the history (a forecast older than the data never overlaps it)
    select predicted.*
    from predicted
    where predicted.week_start > (select max(weeks.week_start) from weeks)

),

history as (

    select
        'all' as series,
        cast(null as {{ dbt.type_string() }}) as stock_code,
        'net_sales' as measure,
        week_start,
        net_sales as actual
    from weeks

    union all

    select
        rankings.stock_code as series,
        rankings.stock_code,
        'units_sold' as measure,
        weeks.week_start,
        coalesce(product_weeks.units_sold, 0) as actual
    from rankings
    cross join weeks
    left join product_weeks
        on
            rankings.stock_code = product_weeks.stock_code
            and weeks.week_start = product_weeks.week_start

),

series_models as (

    select
        series,
        min(model) as model, -- noqa: RF04
        min(trained_through) as trained_through
    from forecasts
    group by series

),

combined as (

    select
        history.series,
        history.stock_code,
        history.measure,
        history.week_start,
        history.actual,
        cast(null as {{ lgs_type('double') }}) as forecast,
        cast(null as {{ lgs_type('double') }}) as lower_80,
        cast(null as {{ lgs_type('double') }}) as upper_80,
        cast(null as {{ lgs_type('double') }}) as lower_95,
        cast(null as {{ lgs_type('double') }}) as upper_95,
        series_models.model,
        series_models.trained_through
    from history
    left join series_models
        on history.series = series_models.series

    union all

    select
        series,
        stock_code,
        measure,
        week_start,
        null as actual,
        forecast,
        lower_80,
        upper_80,
        lower_95,
        upper_95,
        model,
        trained_through
    from forecasts

),

final as (

    select
        cast(series as {{ dbt.type_string() }}) as series,
        cast(stock_code as {{ dbt.type_string() }}) as stock_code,
        cast(measure as {{ dbt.type_string() }}) as measure,
        cast(week_start as date) as week_start,
        cast(actual as numeric(14, 2)) as actual,
        cast(forecast as numeric(14, 2)) as forecast,
        cast(lower_80 as numeric(14, 2)) as lower_80,
        cast(upper_80 as numeric(14, 2)) as upper_80,
        cast(lower_95 as numeric(14, 2)) as lower_95,
        cast(upper_95 as numeric(14, 2)) as upper_95,
        cast(model as {{ dbt.type_string() }}) as model, -- noqa: RF04
        cast(trained_through as date) as trained_through
    from combined

)

select * from final
