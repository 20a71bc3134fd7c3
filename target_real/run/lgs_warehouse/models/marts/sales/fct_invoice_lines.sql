
      
  
    

  create  table "lgs_real"."marts"."fct_invoice_lines"
  
  
    
  
  (
    invoice_line_id bigint not null,
    invoice_id text,
    invoice_type text,
    invoiced_at timestamp,
    invoice_date date,
    invoice_month date,
    customer_id integer,
    country text,
    stock_code text,
    line_category text,
    quantity integer,
    unit_price numeric,
    line_amount numeric,
    description text,
    load_id bigint
    
    )
 ;
    insert into "lgs_real"."marts"."fct_invoice_lines" (
      invoice_line_id, invoice_id, invoice_type, invoiced_at, invoice_date, invoice_month, customer_id, country, stock_code, line_category, quantity, unit_price, line_amount, description, load_id
    )
  
  (
    
    select invoice_line_id, invoice_id, invoice_type, invoiced_at, invoice_date, invoice_month, customer_id, country, stock_code, line_category, quantity, unit_price, line_amount, description, load_id
    from (
        

with lines as (

    select * from "lgs_real"."intermediate"."int_transactions_classified"
    where
        line_status = 'kept'
        and load_id > 0

),

final as (

    select
        cast(invoice_line_id as bigint) as invoice_line_id,
        cast(invoice_id as text) as invoice_id,
        cast(invoice_type as text) as invoice_type,
        cast(invoiced_at as timestamp) as invoiced_at,
        cast(invoice_date as date) as invoice_date,
        cast(invoice_month as date) as invoice_month,
        cast(customer_id as integer) as customer_id,
        cast(country as text) as country,
        cast(stock_code as text) as stock_code,
        cast(line_category as text) as line_category,
        cast(quantity as integer) as quantity,
        cast(unit_price as numeric) as unit_price,
        cast(line_amount as numeric) as line_amount,
        cast(description as text) as description,
        cast(load_id as bigint) as load_id
    from lines

)

select * from final
    ) as model_subq
  );
  
  