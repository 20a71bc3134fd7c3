-- The per-invoice summaries that the invoice, customer, cohort and monthly marts read hold
-- exactly the fact lines: the same number of lines, quantity and amount, in total and per
-- invoice type. Returns the invoice types where they differ.
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
        sum(line_amount) as line_amount
    from lines
    group by invoice_type

),

summary_totals as (

    select
        invoice_type,
        sum(line_count) as line_count,
        sum(total_quantity) as total_quantity,
        sum(line_amount) as line_amount
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
