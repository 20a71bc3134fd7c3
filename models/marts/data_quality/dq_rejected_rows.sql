{#- Every raw row that could not be used, with the reason and the values as delivered. -#}

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    indexes=[{'columns': ['load_id']}],
) }}

with lines as (

    -- a load's rejections are final once it is classified: append the new loads' only
    select * from {{ ref('int_transactions_classified') }}
    where
        line_status = 'rejected'
        and load_id > {{ load_watermark() }}
        -- and none of a load the last whole build reached (all its rejections are here):
        -- when no row was ever rejected the watermark above stays 0, and this constant lets
        -- PostgreSQL read the new loads' lines from the line table's load index instead of
        -- every line (macros/tests_on_new_loads.sql)
        and load_id > {{ last_built_load() if is_incremental() else 0 }}

),

final as (

    select
        cast(invoice_line_id as bigint) as invoice_line_id,
        cast(load_id as bigint) as load_id,
        cast(source_file as {{ dbt.type_string() }}) as source_file,
        cast(source_row as bigint) as source_row,
        cast(rejection_reason as {{ dbt.type_string() }}) as rejection_reason,
        cast(delivered_invoice_no as {{ dbt.type_string() }}) as invoice_no,
        cast(delivered_stock_code as {{ dbt.type_string() }}) as stock_code,
        cast(delivered_description as {{ dbt.type_string() }}) as description,
        cast(delivered_quantity as {{ dbt.type_string() }}) as quantity,
        cast(delivered_invoice_date as {{ dbt.type_string() }}) as invoice_date,
        cast(delivered_unit_price as {{ dbt.type_string() }}) as unit_price,
        cast(delivered_customer_id as {{ dbt.type_string() }}) as customer_id,
        cast(delivered_country as {{ dbt.type_string() }}) as country
    from lines

)

select * from final
