{#-
    One row per calendar month between the `calendar_start_date` and `calendar_end_date` vars.
    Month-grained marts filter it to the months their data covers, so no month goes missing.
-#}

with spine as (

    {{ dbt.date_spine(
        'month',
        "cast('" ~ var('calendar_start_date') ~ "' as date)",
        "cast('" ~ var('calendar_end_date') ~ "' as date)"
    ) }}

),

final as (

    select cast(date_month as date) as month_start
    from spine

)

select * from final
