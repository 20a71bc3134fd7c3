{#-
    One row per calendar month from the first to the last month of data, with no gaps: orders,
    sales, returns, growth and customers. Months without activity show zeros.
-#}

with invoice_summaries as (

    -- the kept lines summed per invoice, day, customer and country: every sum below is the same
    select * from {{ ref('int_invoices_summarized') }}

),

calendar as (

    select * from {{ ref('int_calendar_months') }}

),

invoice_months as (

    -- one row per invoice and month first (a hash aggregate), so the distinct counts below
    -- sort thousands of invoices rather than a million lines
    select
        invoice_month,
        invoice_id,
        invoice_type,
        customer_id,
        sum(line_amount) as line_amount
    from invoice_summaries
    group by invoice_month, invoice_id, invoice_type, customer_id

),

bounds as (

    select
        min(invoice_month) as first_month,
        max(invoice_month) as last_month
    from invoice_months

),

months as (

    select calendar.month_start as month
    from calendar
    inner join bounds
        on calendar.month_start between bounds.first_month and bounds.last_month

),

first_sales as (

    select
        customer_id,
        min(invoice_month) as first_sale_month
    from invoice_months
    where invoice_type = 'sale' and customer_id is not null
    group by customer_id

),

new_customers as (

    select
        first_sale_month as month,
        count(*) as new_customers
    from first_sales
    group by first_sale_month

),

monthly_activity as (

    select
        invoice_month as month,
        count(distinct case when invoice_type = 'sale' then invoice_id end) as placed_orders,
        count(distinct case when invoice_type = 'cancellation' then invoice_id end) as cancelled_orders,
        coalesce(sum(case when invoice_type = 'sale' then line_amount end), 0) as gross_sales,
        coalesce(sum(case when invoice_type = 'cancellation' then line_amount end), 0) as returns_amount,
        count(distinct case when invoice_type = 'sale' then customer_id end) as active_customers
    from invoice_months
    group by invoice_month

),

filled as (

    select
        months.month,
        coalesce(monthly_activity.placed_orders, 0) as placed_orders,
        coalesce(monthly_activity.cancelled_orders, 0) as cancelled_orders,
        coalesce(monthly_activity.gross_sales, 0) as gross_sales,
        coalesce(monthly_activity.returns_amount, 0) as returns_amount,
        coalesce(monthly_activity.gross_sales, 0) + coalesce(monthly_activity.returns_amount, 0) as net_sales,
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
        cast(month as date) as month,
        cast(placed_orders as bigint) as placed_orders,
        cast(cancelled_orders as bigint) as cancelled_orders,
        cast(gross_sales as numeric) as gross_sales,
        cast(returns_amount as numeric) as returns_amount,
        cast(net_sales as numeric) as net_sales,
        cast(round(
            100 * (net_sales - previous_net_sales) / nullif(abs(previous_net_sales), 0), 2
        ) as numeric) as net_sales_growth_pct,
        cast(active_customers as bigint) as active_customers,
        cast(new_customers as bigint) as new_customers,
        cast(active_customers - new_customers as bigint) as returning_customers,
        cast(round(gross_sales / nullif(placed_orders, 0), 2) as numeric) as average_order_value
    from with_previous

)

select * from final
