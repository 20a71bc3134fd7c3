{#- One row per stock code on any valid line: canonical name, category, first and last sale. -#}

with names as (

    select * from {{ ref('int_stock_codes_named') }}

),

products as (

    select * from {{ ref('int_products_summarized') }}

),

final as (

    select
        names.stock_code,
        names.product_name,
        names.line_category,
        products.first_sold_at,
        products.last_sold_at
    from names
    left join products
        on names.stock_code = products.stock_code

)

select * from final
