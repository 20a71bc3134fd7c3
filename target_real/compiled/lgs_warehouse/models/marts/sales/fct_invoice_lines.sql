

with lines as (

    select * from "lgs_real"."intermediate"."int_transactions_classified"
    where
        line_status = 'kept'
        and load_id > 0

),

final as (

    select
        cast(invoice_line_id as bigint) as invoice_line_id,
        cast(invoice_id as text) as invoice_id,
        cast(invoice_type as text) as invoice_type,
        cast(invoiced_at as timestamp) as invoiced_at,
        cast(invoice_date as date) as invoice_date,
        cast(invoice_month as date) as invoice_month,
        cast(customer_id as integer) as customer_id,
        cast(country as text) as country,
        cast(stock_code as text) as stock_code,
        cast(line_category as text) as line_category,
        cast(quantity as integer) as quantity,
        cast(unit_price as numeric) as unit_price,
        cast(line_amount as numeric) as line_amount,
        cast(description as text) as description,
        cast(load_id as bigint) as load_id
    from lines

)

select * from final