{#-
    One row per stock code on a kept line, with its canonical name: the description used on the
    most kept lines for that code, ties broken by the alphabetically first description.
-#}

{{ config(materialized='table') }}

with lines as (

    select * from {{ ref('int_transactions_classified') }}
    where line_status = 'kept'

),

description_counts as (

    select
        stock_code,
        description,
        count(*) as line_count
    from lines
    where description is not null
    group by stock_code, description

),

ranked as (

    select
        stock_code,
        description,
        row_number() over (
            partition by stock_code
            order by line_count desc, description asc
        ) as description_rank
    from description_counts

),

codes as (

    select
        stock_code,
        min(line_category) as line_category
    from lines
    where stock_code is not null
    group by stock_code

),

final as (

    select
        codes.stock_code,
        ranked.description as product_name,
        codes.line_category
    from codes
    left join ranked
        on
            codes.stock_code = ranked.stock_code
            and ranked.description_rank = 1

)

select * from final
