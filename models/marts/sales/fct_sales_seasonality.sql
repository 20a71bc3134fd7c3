{#-
    When LGS sells, for planning campaigns and events: net sales and orders by month of year,
    ISO week, day of week and hour of day — one row per (seasonality dimension, period), every
    period present (zero where nothing sold). Each invoice counts once, in the period of its
    `invoiced_at`, with the invoice grain's split measures (`int_invoices_summarized`); all years in the data are added together.
-#}

{%- set seasonality_dimensions = {
    'month_of_year': 'extract(month from invoiced_at)',
    'iso_week': 'extract(week from invoiced_at)',
    'day_of_week': iso_weekday('invoiced_at'),
    'hour_of_day': 'extract(hour from invoiced_at)',
} -%}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

numbers as (

    -- an integer on every engine (Spark's generate_series computes it in floating point)
    select cast(series.generated_number as integer) as generated_number
    from ({{ dbt.generate_series(53) }}) as series

),

periods as (

    -- every period of each dimension, with its label
    select
        'month_of_year' as seasonality_dimension,
        generated_number as period_number,
        {{ dbt.concat(["'M'", "lpad(cast(generated_number as " ~ dbt.type_string() ~ "), 2, '0')"]) }} as period_label
    from numbers
    where generated_number <= 12
    union all
    select
        'iso_week' as seasonality_dimension,
        generated_number as period_number,
        {{ dbt.concat(["'W'", "lpad(cast(generated_number as " ~ dbt.type_string() ~ "), 2, '0')"]) }} as period_label
    from numbers
    union all
    select
        'day_of_week' as seasonality_dimension,
        generated_number as period_number,
        case generated_number
            when 1 then 'Monday'
            when 2 then 'Tuesday'
            when 3 then 'Wednesday'
            when 4 then 'Thursday'
            when 5 then 'Friday'
            when 6 then 'Saturday'
            else 'Sunday'
        end as period_label
    from numbers
    where generated_number <= 7
    union all
    select
        'hour_of_day' as seasonality_dimension,
        generated_number - 1 as period_number,
        {{ dbt.concat([
            "lpad(cast(generated_number - 1 as " ~ dbt.type_string() ~ "), 2, '0')", "':00'"
        ]) }} as period_label
    from numbers
    where generated_number <= 24

),

invoice_dimensions as (

    -- each invoice once per dimension, in the period of its invoiced_at
    {% for dimension, period in seasonality_dimensions.items() %}
        select
            '{{ dimension }}' as seasonality_dimension,
            cast({{ period }} as integer) as period_number,
            placed_orders,
            cancelled_orders,
            gross_sales,
            returns_amount,
            net_sales,
            sale_customer_id
        from invoices
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

period_totals as (

    select
        seasonality_dimension,
        period_number,
        {{ sales_measures() }}
    from invoice_dimensions
    group by seasonality_dimension, period_number

),

filled as (

    select
        periods.seasonality_dimension,
        periods.period_number,
        periods.period_label,
        coalesce(period_totals.placed_orders, 0) as placed_orders,
        coalesce(period_totals.cancelled_orders, 0) as cancelled_orders,
        coalesce(period_totals.gross_sales, 0) as gross_sales,
        coalesce(period_totals.returns_amount, 0) as returns_amount,
        coalesce(period_totals.net_sales, 0) as net_sales,
        coalesce(period_totals.active_customers, 0) as active_customers
    from periods
    left join period_totals
        on
            periods.seasonality_dimension = period_totals.seasonality_dimension
            and periods.period_number = period_totals.period_number

),

indexed as (

    select
        *,
        sum(net_sales) over (partition by seasonality_dimension) as dimension_net_sales,
        avg(net_sales) over (partition by seasonality_dimension) as average_period_net_sales
    from filled

),

final as (

    select
        cast(seasonality_dimension as {{ dbt.type_string() }}) as seasonality_dimension,
        cast(period_number as integer) as period_number,
        cast(period_label as {{ dbt.type_string() }}) as period_label,
        cast(placed_orders as bigint) as placed_orders,
        cast(cancelled_orders as bigint) as cancelled_orders,
        cast(gross_sales as numeric(18, 6)) as gross_sales,
        cast(returns_amount as numeric(18, 6)) as returns_amount,
        cast(net_sales as numeric(18, 6)) as net_sales,
        cast(active_customers as bigint) as active_customers,
        cast(
            case when placed_orders > 0 then round({{ exact_divide("gross_sales", "placed_orders") }}, 2) end
            as numeric(14, 2)
        ) as average_order_value,
        cast(
            round({{ exact_divide("100 * net_sales", "nullif(dimension_net_sales, 0)") }}, 4) as numeric(12, 4)
        ) as net_sales_share_pct,
        cast(
            round({{ exact_divide("100 * net_sales", "nullif(average_period_net_sales, 0)") }}, 2) as numeric(14, 2)
        ) as net_sales_index
    from indexed

)

select * from final
