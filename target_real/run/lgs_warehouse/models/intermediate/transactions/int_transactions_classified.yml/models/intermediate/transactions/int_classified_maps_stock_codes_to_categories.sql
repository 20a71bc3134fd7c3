
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "invoice_line_id","line_category","line_status", 'actual' as "actual_or_expected"
  from (
    

with  __dbt__cte__stg_lgs__transactions as (

-- Fixture for stg_lgs__transactions
select 
    
    cast(1 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('85123A' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(1 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(True as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h1' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(2 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('POST' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(2 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h2' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(3 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('DCGS0070' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(3 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h3' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(4 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('GIFT_0001_20' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(4 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h4' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(5 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('ZZZ' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(5 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h1' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(6 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast('DCGSSPECIAL' as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(6 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", 
    
    cast('quantity is not a whole number' as text)
 as "rejection_reason", 
    
    cast('h6' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
union all
select 
    
    cast(7 as bigint)
 as "invoice_line_id", 
    
    cast(1 as bigint)
 as "load_id", cast(null as text) as "invoice_id", 
    
    cast(null as text)
 as "stock_code", cast(null as integer) as "customer_id", cast(null as text) as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", 
    
    cast(7 as bigint)
 as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", 
    
    cast(False as boolean)
 as "is_product_code", cast(null as text) as "rejection_reason", 
    
    cast('h7' as text)
 as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month"
),  __dbt__cte__stock_code_categories as (

-- Fixture for stock_code_categories
select 
    
    cast('POST' as text)
 as "stock_code_pattern", 
    
    cast('shipping' as text)
 as "line_category", cast(null as text) as "meaning"
union all
select 
    
    cast('DCGS%' as text)
 as "stock_code_pattern", 
    
    cast('other' as text)
 as "line_category", cast(null as text) as "meaning"
union all
select 
    
    cast('DCGSSPECIAL' as text)
 as "stock_code_pattern", 
    
    cast('sample' as text)
 as "line_category", cast(null as text) as "meaning"
union all
select 
    
    cast('gift_%' as text)
 as "stock_code_pattern", 
    
    cast('voucher' as text)
 as "line_category", cast(null as text) as "meaning"
), transactions as (

    select * from __dbt__cte__stg_lgs__transactions
    where load_id > 0

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
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "invoice_line_id", "line_category", "line_status", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast(1 as bigint)
 as "invoice_line_id", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select 
    
    cast(2 as bigint)
 as "invoice_line_id", 
    
    cast('shipping' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select 
    
    cast(3 as bigint)
 as "invoice_line_id", 
    
    cast('other' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select 
    
    cast(4 as bigint)
 as "invoice_line_id", 
    
    cast('voucher' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select 
    
    cast(5 as bigint)
 as "invoice_line_id", 
    
    cast('other' as text)
 as "line_category", 
    
    cast('duplicate' as text)
 as "line_status"
union all
select 
    
    cast(6 as bigint)
 as "invoice_line_id", 
    
    cast('sample' as text)
 as "line_category", 
    
    cast('rejected' as text)
 as "line_status"
union all
select 
    
    cast(7 as bigint)
 as "invoice_line_id", 
    
    cast('other' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected