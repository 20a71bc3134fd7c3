
  
    

  create  table "lgs_real"."marts"."fct_invoices__dbt_tmp"
  
  
    
  
  (
    invoice_id text not null,
    invoice_type text,
    customer_id integer,
    country text,
    invoiced_at timestamp,
    invoice_month date,
    line_count bigint,
    product_line_count bigint,
    total_quantity bigint,
    invoice_amount numeric,
    product_amount numeric
    
    )
 ;
    insert into "lgs_real"."marts"."fct_invoices__dbt_tmp" (
      invoice_id, invoice_type, customer_id, country, invoiced_at, invoice_month, line_count, product_line_count, total_quantity, invoice_amount, product_amount
    )
  
  (
    
    select invoice_id, invoice_type, customer_id, country, invoiced_at, invoice_month, line_count, product_line_count, total_quantity, invoice_amount, product_amount
    from (
        with lines as (

    select * from "lgs_real"."marts"."fct_invoice_lines"

),

invoices as (

    select
        invoice_id,
        min(invoice_type) as invoice_type,
        min(customer_id) as customer_id,
        min(country) as country,
        min(invoiced_at) as invoiced_at,
        count(*) as line_count,
        sum(case when line_category = 'product' then 1 else 0 end) as product_line_count,
        sum(quantity) as total_quantity,
        sum(line_amount) as invoice_amount,
        coalesce(sum(case when line_category = 'product' then line_amount end), 0) as product_amount
    from lines
    group by invoice_id

),

final as (

    select
        cast(invoice_id as text) as invoice_id,
        cast(invoice_type as text) as invoice_type,
        cast(customer_id as integer) as customer_id,
        cast(country as text) as country,
        cast(invoiced_at as timestamp) as invoiced_at,
        cast(date_trunc('month', invoiced_at) as date) as invoice_month,
        cast(line_count as bigint) as line_count,
        cast(product_line_count as bigint) as product_line_count,
        cast(total_quantity as bigint) as total_quantity,
        cast(invoice_amount as numeric) as invoice_amount,
        cast(product_amount as numeric) as product_amount
    from invoices

)

select * from final
    ) as model_subq
  );
  