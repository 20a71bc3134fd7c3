

with  __dbt__cte__int_transactions_classified as (
select
    cast(1 as bigint) as invoice_line_id,
    cast(1 as bigint) as load_id,
    cast('seen' as text) as line_hash
),  __dbt__cte__stg_lgs__transactions as (

-- Fixture for stg_lgs__transactions
select 
    
    cast(1 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(1 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(True as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('seen' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(20 as bigint)
 as "invoice_line_id", 
    
    cast(2 as bigint)
 as "load_id", cast(null as text) as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(1 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(True as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('seen' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(21 as bigint)
 as "invoice_line_id", 
    
    cast(2 as bigint)
 as "load_id", cast(null as text) as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(2 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(True as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('new' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(22 as bigint)
 as "invoice_line_id", 
    
    cast(2 as bigint)
 as "load_id", cast(null as text) as "invoice_id", cast(null as text) as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(3 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(True as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('new' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
),  __dbt__cte__stock_code_categories as (

-- Fixture for stock_code_categories
select cast(null as text) as "stock_code_pattern", cast(null as text) as "line_category", cast(null as text) as "meaning"
    limit 0
), transactions as (

    select * from __dbt__cte__stg_lgs__transactions
    where load_id > (select coalesce(max(built.load_id), 0) from __dbt__cte__int_transactions_classified as built)

),

categories as (

    select * from __dbt__cte__stock_code_categories

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

    
        select distinct built.line_hash
        from __dbt__cte__int_transactions_classified as built
        where built.line_hash in (select numbered.line_hash from numbered)
    

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