{#-
    One row per sale invoice and product on it (kept product lines only): the baskets that
    product affinity counts. A product is listed once per invoice however many lines it has.
    Incremental on the load batch: a new load adds the (invoice, product) pairs it brings that
    are not listed yet, so each row keeps the load that first listed it.
-#}

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    indexes=[
        {'columns': ['invoice_id', 'stock_code'], 'unique': true},
        {'columns': ['stock_code', 'invoice_id']},
        {'columns': ['load_id']},
    ],
    pre_hook=["{{ sorted_grouping() }}"],
) }}

with lines as (

    select * from {{ ref('int_transactions_classified') }}
    where
        line_status = 'kept'
        and invoice_type = 'sale'
        and line_category = 'product'
        and load_id > {{ load_watermark() }}

),

basket_items as (

    -- each (invoice, product) once, with the load that first listed it; new ones only on a refresh
    {{ first_listed('lines', ['invoice_id', 'stock_code']) }}

),

final as (

    select
        basket_items.invoice_id,
        basket_items.stock_code,
        basket_items.load_id
    from basket_items

)

-- written in invoice order: an incremental pair count reads its batch invoices' products
-- through the (invoice_id, stock_code) index, and an invoice's rows then sit on one or two
-- pages (a full count reads them as arrays: macros/count_product_pairs.sql)
select * from final
{{ physical_order('invoice_id, stock_code') }}
