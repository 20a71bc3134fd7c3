{#-
    Every staged line with its line category from the `stock_code_categories` seed and the
    line's fate: rejected, duplicate, or kept for the facts. Non-product codes are matched to the
    seed's patterns (SQL LIKE); the longest matching pattern wins; no match gives `other`.
-#}

with transactions as (

    select * from {{ ref('stg_lgs__transactions') }}

),

categories as (

    select * from {{ ref('stock_code_categories') }}

),

pattern_matches as (

    select
        transactions.invoice_line_id,
        categories.line_category,
        row_number() over (
            partition by transactions.invoice_line_id
            order by length(categories.stock_code_pattern) desc, categories.stock_code_pattern
        ) as match_rank
    from transactions
    inner join categories
        on transactions.stock_code like upper(categories.stock_code_pattern)
    where not transactions.is_product_code

),

classified as (

    select
        transactions.*,
        case
            when transactions.is_product_code then 'product'
            else coalesce(pattern_matches.line_category, 'other')
        end as line_category,
        case
            when transactions.rejection_reason is not null then 'rejected'
            when transactions.is_duplicate then 'duplicate'
            else 'kept'
        end as line_status
    from transactions
    left join pattern_matches
        on
            transactions.invoice_line_id = pattern_matches.invoice_line_id
            and pattern_matches.match_rank = 1

)

select * from classified
