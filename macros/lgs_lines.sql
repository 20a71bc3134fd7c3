{#-
    How a delivered LGS line becomes a typed one — the one definition, shared by the raw table's
    staging (`stg_lgs__transactions`) and the live feed's (`stg_lgs__feed_lines`).

    `lgs_line_values()`: the select list that renames and types the eight delivered text columns
    of the row in scope (a value that does not parse becomes NULL); `lgs_line_delivered()` keeps
    them as delivered.
    `lgs_line_flags()`: the columns derived from those: invoice type, product code, fingerprint.
    `lgs_rejection_reason(line)`: why a typed line cannot be used, or NULL.
    `lgs_line_category(line, categories)`: product for five-digit codes, else the category of the
    longest matching pattern of the `stock_code_categories` seed, else `other`.
    `lgs_line_fate(line, categories)`: the columns a typed, fingerprinted line gains before the
    duplicate check: rejection reason, amount, invoice date, line category; `lgs_line_status()`:
    rejected, duplicate or kept, from those and `is_duplicate`.
    `lgs_line_measures()`: the line's share of each sales metric, from its invoice type and
    amount — the only place an invoice type becomes a number (`int_transactions_classified` and
    the live feed's lines, `int_feed_lines_unbuilt`).
-#}
{% macro lgs_line_values() -%}
        ---------- ids
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
        {{ safe_timestamp('invoice_date') }} as invoiced_at
{%- endmacro %}

{% macro lgs_line_delivered() -%}
        ---------- as delivered
        invoice_no as delivered_invoice_no,
        stock_code as delivered_stock_code,
        description as delivered_description,
        quantity as delivered_quantity,
        invoice_date as delivered_invoice_date,
        unit_price as delivered_unit_price,
        customer_id as delivered_customer_id,
        country as delivered_country
{%- endmacro %}

{% macro lgs_line_flags() -%}
        ---------- classification
        case
            when upper(invoice_id) like 'C%' then 'cancellation'
            when upper(invoice_id) like 'A%' then 'adjustment'
            else 'sale'
        end as invoice_type,
        coalesce({{ regex_matches('stock_code', "'^[0-9]{5}'") }}, false) as is_product_code,
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
{%- endmacro %}

{% macro lgs_rejection_reason(line) -%}
        case
            when {{ line }}.invoice_id is null
                then 'invoice number is empty'
            when {{ line }}.quantity is null
                then 'quantity is not a whole number'
            when {{ line }}.unit_price is null
                then 'price is not a decimal number'
            when {{ line }}.invoiced_at is null
                then 'invoice date is not a valid YYYY-MM-DD HH:MM[:SS] timestamp'
            when {{ line }}.customer_id is null and nullif(trim({{ line }}.delivered_customer_id), '') is not null
                then 'customer id is not a whole number'
        end
{%- endmacro %}

{% macro lgs_line_measures() -%}
        ---------- the line's share of each sales metric (docs/metrics.md)
        case when invoice_type = 'sale' then line_amount else 0 end as gross_sales,
        case when invoice_type = 'cancellation' then line_amount else 0 end as returns_amount,
        case when invoice_type in ('sale', 'cancellation') then line_amount else 0 end as net_sales,
        case when invoice_type = 'sale' then quantity else 0 end as units_sold,
        case when invoice_type = 'cancellation' then -quantity else 0 end as units_returned,
        case when invoice_type = 'sale' then invoice_id end as sale_invoice_id,
        case when invoice_type = 'cancellation' then invoice_id end as cancellation_invoice_id,
        case when invoice_type = 'sale' then customer_id end as sale_customer_id
{%- endmacro %}

{% macro lgs_line_category(line, categories) -%}
        case
            when {{ line }}.is_product_code then 'product'
            else coalesce(
                (
                    select {{ categories }}.line_category
                    from {{ categories }}
                    where {{ line }}.stock_code like upper({{ categories }}.stock_code_pattern)
                    order by length({{ categories }}.stock_code_pattern) desc, {{ categories }}.stock_code_pattern asc
                    limit 1
                ),
                'other'
            )
        end
{%- endmacro %}

{% macro lgs_line_fate(line, categories) -%}
        {{ lgs_rejection_reason(line) }} as rejection_reason,
        {{ line }}.quantity * {{ line }}.unit_price as line_amount,
        cast({{ line }}.invoiced_at as date) as invoice_date,
        {{ lgs_line_category(line, categories) }} as line_category
{%- endmacro %}

{% macro lgs_line_status() -%}
        case
            when rejection_reason is not null then 'rejected'
            when is_duplicate then 'duplicate'
            else 'kept'
        end as line_status
{%- endmacro %}
