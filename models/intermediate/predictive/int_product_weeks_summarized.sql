{#-
    One row per product and Monday week in which the product has a kept line: units sold and
    returned and net sales that week. Weeks without a line are absent (the forecast mart fills
    them with zeros over `int_sales_weeks_summarized`'s complete weeks).
-#}

with lines as (

    select * from {{ ref('int_transactions_classified') }}
    where
        line_status = 'kept'
        and line_category = 'product'

),

final as (

    select
        stock_code,
        cast({{ dbt.date_trunc('week', 'invoice_date') }} as date) as week_start,
        sum(units_sold) as units_sold,
        sum(units_returned) as units_returned,
        sum(net_sales) as net_sales
    from lines
    group by 1, 2

)

select * from final
