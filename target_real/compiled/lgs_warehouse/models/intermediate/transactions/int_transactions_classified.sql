

with transactions as (

    select * from "lgs_real"."staging"."stg_lgs__transactions"
    where load_id > 0

),

categories as (

    select * from "lgs_real"."reference"."stock_code_categories"

),

numbered as (

    select
        *,
        row_number() over (
            partition by line_hash
            order by load_id asc, source_row asc
        ) as copy_number
    from transactions

),

earlier_copies as (

    
        select cast(null as text) as line_hash
        where false
    

),

classified as (

    select
        numbered.*,
        (
            numbered.copy_number > 1
            or numbered.line_hash in (select earlier_copies.line_hash from earlier_copies)
        ) as is_duplicate,
        case
            when numbered.is_product_code then 'product'
            else coalesce(
                (
                    select categories.line_category
                    from categories
                    where numbered.stock_code like upper(categories.stock_code_pattern)
                    order by length(categories.stock_code_pattern) desc, categories.stock_code_pattern asc
                    limit 1
                ),
                'other'
            )
        end as line_category
    from numbered

),

final as (

    select
        *,
        case
            when rejection_reason is not null then 'rejected'
            when is_duplicate then 'duplicate'
            else 'kept'
        end as line_status
    from classified

)

select * from final