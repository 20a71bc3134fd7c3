{#-
    One row per calendar month between the `calendar_start_date` and `calendar_end_date` vars:
    the first days of the months of the day spine (`metricflow_time_spine`), so the project has one
    calendar. Month-grained marts filter it to the months their data covers, so no month goes
    missing.
-#}

with days as (

    select * from {{ ref('metricflow_time_spine') }}

),

final as (

    select date_day as month_start
    from days
    where date_day = cast({{ dbt.date_trunc('month', 'date_day') }} as date)

)

select * from final
