{#-
    The kept lines summed per invoice, day, customer and country: the pre-aggregated grain that
    the invoice, customer, cohort and monthly marts read instead of every line. Sums and counts
    add up, and each line falls in exactly one row, so any total over these rows equals the same
    total over the lines. An invoice normally has one row; it has more only if its lines differ
    in day, customer or country.

    Incremental on the load batch: the invoices that a new load adds lines to are summed again
    from all their lines (delete+insert on `invoice_id`), which equals a full refresh because
    loads only append lines.
-#}

{{ config(
    materialized='incremental',
    unique_key='invoice_id',
    incremental_strategy='delete+insert',
    on_schema_change='append_new_columns',
    indexes=[
        {'columns': ['invoice_id']},
        {'columns': ['load_id']},
    ],
) }}

with lines as (

    select * from {{ ref('int_transactions_classified') }}
    where line_status = 'kept'

),

invoice_lines as (

    select * from lines
    {% if is_incremental() %}
        -- every line of the invoices the new loads add lines to
        -- (read from the table, not the CTE: a CTE used twice would be materialized whole)
        where invoice_id in (
            select touched.invoice_id
            from {{ ref('int_transactions_classified') }} as touched
            where
                touched.load_id > {{ load_watermark() }}
                and touched.line_status = 'kept'
        )
    {% endif %}

),

summarized as (

    select
        invoice_id,
        invoice_type,
        invoice_date,
        invoice_month,
        customer_id,
        country,
        min(invoiced_at) as first_invoiced_at,
        -- the latest line, as one sortable number: its time (epoch seconds), then its line id
        -- (line ids stay below 10^12), so the latest line of several rows is their largest key
        max(
            cast(extract(epoch from invoiced_at) as numeric) * 1000000000000 + invoice_line_id
        ) as last_line_key,
        count(*) as line_count,
        sum(case when line_category = 'product' then 1 else 0 end) as product_line_count,
        sum(quantity) as total_quantity,
        sum(line_amount) as line_amount,
        coalesce(sum(case when line_category = 'product' then line_amount end), 0) as product_amount,
        max(load_id) as load_id
    from invoice_lines
    group by invoice_id, invoice_type, invoice_date, invoice_month, customer_id, country

),

final as (

    select
        cast(invoice_id as text) as invoice_id,
        cast(invoice_type as text) as invoice_type,
        cast(invoice_date as date) as invoice_date,
        cast(invoice_month as date) as invoice_month,
        cast(customer_id as integer) as customer_id,
        cast(country as text) as country,
        cast(first_invoiced_at as timestamp) as first_invoiced_at,
        cast(last_line_key as numeric) as last_line_key,
        cast(line_count as bigint) as line_count,
        cast(product_line_count as bigint) as product_line_count,
        cast(total_quantity as bigint) as total_quantity,
        cast(line_amount as numeric) as line_amount,
        cast(product_amount as numeric) as product_amount,
        cast(load_id as bigint) as load_id
    from summarized

)

select * from final
