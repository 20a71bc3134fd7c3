{#-
    One row per stock code on a kept line, with its canonical name: the description used on the
    most kept lines for that code, ties broken by the alphabetically first description. Reads
    the per-description line counts, which are kept up to date load by load.
-#}

with counts as (

    select * from {{ ref('int_stock_code_descriptions_counted') }}

),

description_counts as (

    select
        stock_code,
        description_key as description,
        line_count
    from counts
    where description_key != ''

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
    from counts
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
