
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "stock_code","product_name","line_category", 'actual' as "actual_or_expected"
  from (
    with  __dbt__cte__int_transactions_classified as (

-- Fixture for int_transactions_classified
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('ZEBRA MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('ZEBRA MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('APPLE MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('APPLE MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('duplicate' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('A1' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('APPLE MUG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('rejected' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('B2' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('RED BAG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('B2' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast('BLUE BAG' as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('B2' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast(null as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('product' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
union all
select cast(null as bigint) as "invoice_line_id", cast(null as bigint) as "load_id", cast(null as text) as "invoice_id", 
    
    cast('C3' as text)
 as "stock_code", cast(null as integer) as "customer_id", 
    
    cast(null as text)
 as "description", cast(null as text) as "country", cast(null as integer) as "quantity", cast(null as numeric) as "unit_price", cast(null as timestamp without time zone) as "invoiced_at", cast(null as text) as "source_file", cast(null as bigint) as "source_row", cast(null as timestamp with time zone) as "loaded_at", cast(null as text) as "delivered_invoice_no", cast(null as text) as "delivered_stock_code", cast(null as text) as "delivered_description", cast(null as text) as "delivered_quantity", cast(null as text) as "delivered_invoice_date", cast(null as text) as "delivered_unit_price", cast(null as text) as "delivered_customer_id", cast(null as text) as "delivered_country", cast(null as text) as "invoice_type", cast(null as boolean) as "is_product_code", cast(null as text) as "rejection_reason", cast(null as text) as "line_hash", cast(null as numeric) as "line_amount", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as bigint) as "copy_number", cast(null as boolean) as "is_duplicate", 
    
    cast('other' as text)
 as "line_category", 
    
    cast('kept' as text)
 as "line_status"
), lines as (

    select * from __dbt__cte__int_transactions_classified
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
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "stock_code", "product_name", "line_category", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('A1' as text)
 as "stock_code", 
    
    cast('ZEBRA MUG' as text)
 as "product_name", 
    
    cast('product' as text)
 as "line_category"
union all
select 
    
    cast('B2' as text)
 as "stock_code", 
    
    cast('BLUE BAG' as text)
 as "product_name", 
    
    cast('product' as text)
 as "line_category"
union all
select 
    
    cast('C3' as text)
 as "stock_code", 
    
    cast(null as text)
 as "product_name", 
    
    cast('other' as text)
 as "line_category"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected