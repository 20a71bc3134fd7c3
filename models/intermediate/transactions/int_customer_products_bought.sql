{#-
    One row per customer and product the customer has bought on a sale invoice (kept product
    lines of known customers): what `customer_recommendations` scores from and leaves out.
    Incremental on the load batch: a new load adds the (customer, product) pairs it brings that
    are not listed yet, so each row keeps the load that first listed it.
-#}

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    indexes=[
        {'columns': ['customer_id', 'stock_code'], 'unique': true},
    ],
    pre_hook=["{{ sorted_grouping() }}"],
) }}

with lines as (

    select * from {{ ref('int_transactions_classified') }}
    where
        line_status = 'kept'
        and invoice_type = 'sale'
        and line_category = 'product'
        and customer_id is not null
        and load_id > {{ load_watermark() }}

),

bought as (

    -- each (customer, product) once, with the load that first listed it; new ones only on a refresh
    {{ first_listed('lines', ['customer_id', 'stock_code']) }}

),

final as (

    select
        cast(bought.customer_id as integer) as customer_id,
        bought.stock_code,
        cast(bought.load_id as bigint) as load_id
    from bought

)

-- written in customer order: the recommendations read each customer's products through the
-- (customer_id, stock_code) index, and a customer's rows then sit on one or two pages
select * from final
{{ physical_order('customer_id, stock_code') }}
