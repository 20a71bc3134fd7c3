{#-
    The kept lines of the day in progress, built or not: the lines of the latest invoice date in
    the warehouse (in production, today) from `int_transactions_classified`, plus the live feed's
    lines not built yet (`int_feed_lines_unbuilt`) of that date. The one definition of "today so
    far" that the live marts read. Ephemeral: inlined into the live views, so no table or view of
    its own that a rebuild could drop under them.
-#}

{{ config(materialized='ephemeral') }}

with built_lines as (

    select * from {{ ref('int_transactions_classified') }}
    where line_status = 'kept'

),

feed_lines as (

    select * from {{ ref('int_feed_lines_unbuilt') }}
    where line_status = 'kept'

),

invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

live_day as (

    select
        greatest(
            (select max(invoices.invoice_date) from invoices),
            (select max(feed_lines.invoice_date) from feed_lines)
        ) as live_date

),

day_lines as (

    select
        live_day.live_date,
        built_lines.invoiced_at,
        built_lines.stock_code,
        built_lines.line_category,
        built_lines.units_sold,
        built_lines.net_sales,
        built_lines.sale_invoice_id,
        built_lines.cancellation_invoice_id,
        built_lines.sale_customer_id,
        0 as is_unbuilt
    from built_lines
    inner join live_day
        on built_lines.invoice_date = live_day.live_date

    union all

    select
        live_day.live_date,
        feed_lines.invoiced_at,
        feed_lines.stock_code,
        feed_lines.line_category,
        feed_lines.units_sold,
        feed_lines.net_sales,
        feed_lines.sale_invoice_id,
        feed_lines.cancellation_invoice_id,
        feed_lines.sale_customer_id,
        1 as is_unbuilt
    from feed_lines
    inner join live_day
        on feed_lines.invoice_date = live_day.live_date

)

select * from day_lines
