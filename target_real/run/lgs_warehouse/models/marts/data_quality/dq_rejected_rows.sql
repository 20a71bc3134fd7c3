
  
    

  create  table "lgs_real"."marts"."dq_rejected_rows__dbt_tmp"
  
  
    
  
  (
    invoice_line_id bigint not null,
    load_id bigint,
    source_file text,
    source_row bigint,
    rejection_reason text,
    invoice_no text,
    stock_code text,
    description text,
    quantity text,
    invoice_date text,
    unit_price text,
    customer_id text,
    country text
    
    )
 ;
    insert into "lgs_real"."marts"."dq_rejected_rows__dbt_tmp" (
      invoice_line_id, load_id, source_file, source_row, rejection_reason, invoice_no, stock_code, description, quantity, invoice_date, unit_price, customer_id, country
    )
  
  (
    
    select invoice_line_id, load_id, source_file, source_row, rejection_reason, invoice_no, stock_code, description, quantity, invoice_date, unit_price, customer_id, country
    from (
        with lines as (

    select * from "lgs_real"."intermediate"."int_transactions_classified"
    where line_status = 'rejected'

),

final as (

    select
        cast(invoice_line_id as bigint) as invoice_line_id,
        cast(load_id as bigint) as load_id,
        cast(source_file as text) as source_file,
        cast(source_row as bigint) as source_row,
        cast(rejection_reason as text) as rejection_reason,
        cast(delivered_invoice_no as text) as invoice_no,
        cast(delivered_stock_code as text) as stock_code,
        cast(delivered_description as text) as description,
        cast(delivered_quantity as text) as quantity,
        cast(delivered_invoice_date as text) as invoice_date,
        cast(delivered_unit_price as text) as unit_price,
        cast(delivered_customer_id as text) as customer_id,
        cast(delivered_country as text) as country
    from lines

)

select * from final
    ) as model_subq
  );
  