-- The invoice grain (`int_invoices_summarized`), which every invoice, customer, cohort,
-- seasonality and monthly figure sums, holds exactly the fact lines: the same number of lines,
-- quantity, amount and split measures, in total and per invoice type. Returns the invoice types
-- where they differ.
with lines as (

    select * from {{ ref('fct_invoice_lines') }}

),

summaries as (

    select * from {{ ref('int_invoices_summarized') }}

),

line_totals as (

    select
        invoice_type,
        count(*) as line_count,
        sum(quantity) as total_quantity,
        sum(line_amount) as line_amount,
        sum(gross_sales) as gross_sales,
        sum(returns_amount) as returns_amount,
        sum(net_sales) as net_sales
    from lines
    group by invoice_type

),

summary_totals as (

    select
        invoice_type,
        sum(line_count) as line_count,
        sum(total_quantity) as total_quantity,
        sum(invoice_amount) as line_amount,
        sum(gross_sales) as gross_sales,
        sum(returns_amount) as returns_amount,
        sum(net_sales) as net_sales
    from summaries
    group by invoice_type

)

select
    coalesce(line_totals.invoice_type, summary_totals.invoice_type) as invoice_type,
    line_totals.line_count as fact_lines,
    summary_totals.line_count as summarized_lines,
    line_totals.line_amount as fact_amount,
    summary_totals.line_amount as summarized_amount
from line_totals
full outer join summary_totals
    on line_totals.invoice_type = summary_totals.invoice_type
where
    line_totals.invoice_type is null
    or summary_totals.invoice_type is null
    or line_totals.line_count != summary_totals.line_count
    or line_totals.total_quantity != summary_totals.total_quantity
    or line_totals.line_amount != summary_totals.line_amount
    or line_totals.gross_sales != summary_totals.gross_sales
    or line_totals.returns_amount != summary_totals.returns_amount
    or line_totals.net_sales != summary_totals.net_sales
