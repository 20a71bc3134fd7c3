{#-
    One row per raw invoice line, renamed, typed and flagged, row by row. No joins, no filtering:
    a value that does not parse becomes NULL here (`int_transactions_classified` gives such rows
    their rejection reason). `line_hash` fingerprints the eight delivered values, for duplicates.
    Columns derived from the parsed values (dates, amounts, reasons) are computed downstream, once:
    PostgreSQL inlines this view, so deriving them here would re-run each parse per derived column.
-#}

with source as (

    select * from {{ source('lgs', 'transactions') }}

),

parsed as (

    select
        ---------- ids
        _raw_row_id as invoice_line_id,
        _load_id as load_id,
        nullif(trim(invoice_no), '') as invoice_id,
        nullif(upper(trim(stock_code)), '') as stock_code,
        {{ safe_customer_id('customer_id') }} as customer_id,

        ---------- text
        nullif(trim(description), '') as description,
        nullif(trim(country), '') as country,

        ---------- numerics
        {{ safe_integer('quantity') }} as quantity,
        {{ safe_numeric('unit_price') }} as unit_price,

        ---------- timestamps
        {{ safe_timestamp('invoice_date') }} as invoiced_at,

        ---------- load metadata
        _source_file as source_file,
        _source_row as source_row,
        _loaded_at as loaded_at,

        ---------- as delivered
        invoice_no as delivered_invoice_no,
        stock_code as delivered_stock_code,
        description as delivered_description,
        quantity as delivered_quantity,
        invoice_date as delivered_invoice_date,
        unit_price as delivered_unit_price,
        customer_id as delivered_customer_id,
        country as delivered_country

    from source

),

flagged as (

    select
        *,

        ---------- classification
        case
            when upper(invoice_id) like 'C%' then 'cancellation'
            when upper(invoice_id) like 'A%' then 'adjustment'
            else 'sale'
        end as invoice_type,
        coalesce(stock_code ~ '^[0-9]{5}', false) as is_product_code,
        {{ row_fingerprint([
            'delivered_invoice_no',
            'delivered_stock_code',
            'delivered_description',
            'delivered_quantity',
            'delivered_invoice_date',
            'delivered_unit_price',
            'delivered_customer_id',
            'delivered_country',
        ]) }} as line_hash

    from parsed

)

select * from flagged
