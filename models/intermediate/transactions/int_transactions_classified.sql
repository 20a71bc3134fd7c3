{#-
    Every staged line with its line category, its duplicate flag and its fate: rejected,
    duplicate, or kept for the facts.

    - Category: five-digit codes are products; other codes take the category of the longest
      matching pattern (SQL LIKE) in the `stock_code_categories` seed, else `other`.
    - Rejections: a row whose invoice number is empty, or whose quantity, price, date or customer id
      does not parse (staging made it NULL), gets its reason; dates and amounts are derived here.
    - Measures: each line's share of the sales metrics (`gross_sales`, `returns_amount`,
      `net_sales`, `units_sold`, `units_returned`, `sale_invoice_id`, `cancellation_invoice_id`,
      `sale_customer_id`), split by invoice type by `lgs_line_measures` (macros/lgs_lines.sql),
      used here and for the live feed's unbuilt lines only; every invoice, customer, product and
      monthly figure, and the semantic layer's metrics, sum these columns.
    - Duplicates: the second and later copies of a line identical in all eight delivered columns
      (same `line_hash`), in load then source-row order. Incremental on the load batch: a new
      load's lines are numbered among themselves and compared with the lines already here, which
      gives the same flags as numbering everything from scratch, because loads only append.
    - Indexes: by invoice and by customer too, so a refresh re-reads only the earlier lines of the
      invoices and customers its batch touches (`int_invoices_summarized`,
      `int_products_summarized`), not every line.
-#}

{{ config(
    materialized='incremental',
    unique_key='invoice_line_id',
    incremental_strategy='append',
    indexes=[
        {'columns': ['invoice_line_id'], 'unique': true},
        {'columns': ['line_hash']},
        {'columns': ['load_id']},
        {'columns': ['invoice_date']},
        {'columns': ['invoice_id']},
        {'columns': ['customer_id']},
    ],
) }}

with transactions as (

    select * from {{ ref('stg_lgs__transactions') }}
    where load_id > {{ load_watermark() }}

),

categories as (

    select * from {{ ref('stock_code_categories') }}

),

numbered as (

    select
        *,
        row_number() over (
            partition by line_hash
            order by load_id asc, source_row asc
        ) as copy_number
    from transactions

),

earlier_copies as (

    {% if is_incremental() %}
        select distinct built.line_hash
        from {{ this }} as built
        where built.line_hash in (select numbered.line_hash from numbered)
    {% else %}
        select cast(null as {{ dbt.type_string() }}) as line_hash
        where false
    {% endif %}

),

classified as (

    select
        numbered.*,
        (
            numbered.copy_number > 1
            or numbered.line_hash in (select earlier_copies.line_hash from earlier_copies)
        ) as is_duplicate,
        {{ lgs_line_fate('numbered', 'categories') }},
        cast({{ dbt.date_trunc('month', 'numbered.invoiced_at') }} as date) as invoice_month
    from numbered

),

final as (

    select
        *,
        {{ lgs_line_status() }},
        {{ lgs_line_measures() }}
    from classified

)

select * from final
