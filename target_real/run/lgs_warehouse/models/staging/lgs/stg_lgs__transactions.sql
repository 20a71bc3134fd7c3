
  create view "lgs_real"."staging"."stg_lgs__transactions__dbt_tmp"
    
    
  as (
    with source as (

    select * from "lgs_real"."raw"."lgs_transactions"

),

parsed as (

    select
        ---------- ids
        _raw_row_id as invoice_line_id,
        _load_id as load_id,
        nullif(trim(invoice_no), '') as invoice_id,
        nullif(upper(trim(stock_code)), '') as stock_code,
        case
        when trim(customer_id) ~ '^[0-9]{1,9}([.]0*)?$'
            then cast(

  
    

    split_part(
        trim(customer_id),
        '.',
        1
        )


  

 as integer)
    end as customer_id,

        ---------- text
        nullif(trim(description), '') as description,
        nullif(trim(country), '') as country,

        ---------- numerics
        case
        when trim(quantity) ~ '^[+-]?[0-9]{1,9}$'
            then cast(trim(quantity) as integer)
    end as quantity,
        case
        when trim(unit_price) ~ '^[+-]?([0-9]{1,12}([.][0-9]{0,6})?|[.][0-9]{1,6})$'
            then cast(trim(unit_price) as numeric)
    end as unit_price,

        ---------- timestamps
        case
        when trim(invoice_date) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?$'
            then case
                when cast(substr(trim(invoice_date), 6, 2) as integer) between 1 and 12
                    and cast(substr(trim(invoice_date), 12, 2) as integer) <= 23
                    and cast(substr(trim(invoice_date), 15, 2) as integer) <= 59
                    and case when length(trim(invoice_date)) = 16 then 0 else cast(substr(trim(invoice_date), 18, 2) as integer) end <= 59
                    then case
                        when cast(substr(trim(invoice_date), 9, 2) as integer) between 1 and cast(extract(day from
                            cast(
        

    

    date_trunc('month', cast(substr(trim(invoice_date), 1, 7) || '-01' as date)) + ((interval '1 month') * (1))

 + ((interval '1 day') * (-1))


        as date)
                        ) as integer)
                            then cast(replace(trim(invoice_date), 'T', ' ') as timestamp)
                    end
            end
    end as invoiced_at,

        ---------- load metadata
        _source_file as source_file,
        _source_row as source_row,
        _loaded_at as loaded_at,

        ---------- as delivered
        invoice_no as delivered_invoice_no,
        stock_code as delivered_stock_code,
        description as delivered_description,
        quantity as delivered_quantity,
        invoice_date as delivered_invoice_date,
        unit_price as delivered_unit_price,
        customer_id as delivered_customer_id,
        country as delivered_country

    from source

),

flagged as (

    select
        *,

        ---------- classification
        case
            when upper(invoice_id) like 'C%' then 'cancellation'
            when upper(invoice_id) like 'A%' then 'adjustment'
            else 'sale'
        end as invoice_type,
        coalesce(stock_code ~ '^[0-9]{5}', false) as is_product_code,
        case
            when invoice_id is null
                then 'invoice number is empty'
            when quantity is null
                then 'quantity is not a whole number'
            when unit_price is null
                then 'price is not a decimal number'
            when invoiced_at is null
                then 'invoice date is not a valid YYYY-MM-DD HH:MM[:SS] timestamp'
            when customer_id is null and nullif(trim(delivered_customer_id), '') is not null
                then 'customer id is not a whole number'
        end as rejection_reason,
        md5(cast(row(delivered_invoice_no, delivered_stock_code, delivered_description, delivered_quantity, delivered_invoice_date, delivered_unit_price, delivered_customer_id, delivered_country) as text)) as line_hash,

        ---------- derived
        quantity * unit_price as line_amount,
        cast(invoiced_at as date) as invoice_date,
        cast(date_trunc('month', invoiced_at) as date) as invoice_month

    from parsed

)

select * from flagged
  );