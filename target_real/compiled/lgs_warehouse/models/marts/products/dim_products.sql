with names as (

    select * from "lgs_real"."intermediate"."int_stock_codes_named"

),

lines as (

    select * from "lgs_real"."marts"."fct_invoice_lines"

),

sales as (

    select
        stock_code,
        min(case when invoice_type = 'sale' then invoiced_at end) as first_sold_at,
        max(case when invoice_type = 'sale' then invoiced_at end) as last_sold_at
    from lines
    group by stock_code

),

final as (

    select
        cast(names.stock_code as text) as stock_code,
        cast(names.product_name as text) as product_name,
        cast(names.line_category as text) as line_category,
        cast(sales.first_sold_at as timestamp) as first_sold_at,
        cast(sales.last_sold_at as timestamp) as last_sold_at
    from names
    left join sales
        on names.stock_code = sales.stock_code

)

select * from final