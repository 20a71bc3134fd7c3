{#-
    One row per calendar month from the first to the last month of data, with no gaps: orders,
    sales, returns, growth and customers. Months without activity show zeros. Each figure sums
    the invoice grain's split measures (`int_invoices_summarized`), the same columns the
    semantic layer's metrics sum, so `mf query --metrics net_sales --group-by metric_time__month`
    gives these numbers.
-#}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

customers as (

    select * from {{ ref('int_customers_summarized') }}

),

calendar as (

    select * from {{ ref('int_calendar_months') }}

),

bounds as (

    select
        min(invoice_month) as first_month,
        max(invoice_month) as last_month
    from invoices

),

months as (

    select calendar.month_start as month
    from calendar
    inner join bounds
        on calendar.month_start between bounds.first_month and bounds.last_month

),

new_customers as (

    select
        first_purchase_month as month,
        count(*) as new_customers
    from customers
    where first_purchase_month is not null
    group by first_purchase_month

),

monthly_activity as (

    select
        invoice_month as month,
        {{ sales_measures() }}
    from invoices
    group by invoice_month

),

filled as (

    select
        months.month,
        coalesce(monthly_activity.placed_orders, 0) as placed_orders,
        coalesce(monthly_activity.cancelled_orders, 0) as cancelled_orders,
        coalesce(monthly_activity.gross_sales, 0) as gross_sales,
        coalesce(monthly_activity.returns_amount, 0) as returns_amount,
        coalesce(monthly_activity.net_sales, 0) as net_sales,
        coalesce(monthly_activity.active_customers, 0) as active_customers,
        coalesce(new_customers.new_customers, 0) as new_customers
    from months
    left join monthly_activity on months.month = monthly_activity.month
    left join new_customers on months.month = new_customers.month

),

with_previous as (

    select
        *,
        lag(net_sales) over (order by month) as previous_net_sales
    from filled

),

final as (

    select
        month,
        cast(placed_orders as bigint) as placed_orders,
        cast(cancelled_orders as bigint) as cancelled_orders,
        gross_sales,
        returns_amount,
        net_sales,
        round(
            {{ exact_divide("100 * (net_sales - previous_net_sales)", "nullif(abs(previous_net_sales), 0)") }}, 2
        ) as net_sales_growth_pct,
        active_customers,
        new_customers,
        active_customers - new_customers as returning_customers,
        round({{ exact_divide("gross_sales", "nullif(placed_orders, 0)") }}, 2) as average_order_value
    from with_previous

)

select * from final
