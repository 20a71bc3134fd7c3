{#-
    One row per calendar day over the calendar bounds: the time spine MetricFlow joins metrics
    to, so a day, week, month, quarter or year without sales still appears.
-#}

with days as (

    {{ dbt.date_spine(
        'day',
        "cast('" ~ var('calendar_start_date') ~ "' as date)",
        "cast('" ~ var('calendar_end_date') ~ "' as date)"
    ) }}

),

final as (

    select cast(date_day as date) as date_day
    from days

)

select * from final
