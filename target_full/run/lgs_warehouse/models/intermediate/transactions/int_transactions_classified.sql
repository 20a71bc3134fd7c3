
      
  
    

  create  table "lgs_full"."intermediate"."int_transactions_classified"
  
  
    as
  
  (
    

with transactions as (

    select * from "lgs_full"."staging"."stg_lgs__transactions"
    

),

categories as (

    select * from "lgs_full"."reference"."stock_code_categories"

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



classified as (

    select
        numbered.*,
        (
            numbered.copy_number > 1
            
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
  );
  
  