
  
    

  create  table "lgs_real"."marts"."dim_customers__dbt_tmp"
  
  
    
  
  (
    customer_id integer not null,
    country text,
    first_purchase_date date,
    last_purchase_date date,
    lifetime_orders bigint,
    lifetime_cancellations bigint,
    lifetime_gross_revenue numeric,
    lifetime_net_revenue numeric,
    rfm_score text,
    segment text
    
    )
 ;
    insert into "lgs_real"."marts"."dim_customers__dbt_tmp" (
      customer_id, country, first_purchase_date, last_purchase_date, lifetime_orders, lifetime_cancellations, lifetime_gross_revenue, lifetime_net_revenue, rfm_score, segment
    )
  
  (
    
    select customer_id, country, first_purchase_date, last_purchase_date, lifetime_orders, lifetime_cancellations, lifetime_gross_revenue, lifetime_net_revenue, rfm_score, segment
    from (
        with lines as (

    select * from "lgs_real"."marts"."fct_invoice_lines"
    where customer_id is not null

),

rfm as (

    select * from "lgs_real"."marts"."customer_rfm"

),

latest_country as (

    select
        customer_id,
        country,
        row_number() over (
            partition by customer_id
            order by invoiced_at desc, invoice_line_id desc
        ) as recency_rank
    from lines

),

lifetime as (

    select
        customer_id,
        min(case when invoice_type = 'sale' then invoice_date end) as first_purchase_date,
        max(case when invoice_type = 'sale' then invoice_date end) as last_purchase_date,
        count(distinct case when invoice_type = 'sale' then invoice_id end) as lifetime_orders,
        count(distinct case when invoice_type = 'cancellation' then invoice_id end) as lifetime_cancellations,
        coalesce(sum(case when invoice_type = 'sale' then line_amount end), 0) as lifetime_gross_revenue,
        coalesce(sum(case when invoice_type in ('sale', 'cancellation') then line_amount end), 0)
            as lifetime_net_revenue
    from lines
    group by customer_id

),

final as (

    select
        cast(lifetime.customer_id as integer) as customer_id,
        cast(latest_country.country as text) as country,
        cast(lifetime.first_purchase_date as date) as first_purchase_date,
        cast(lifetime.last_purchase_date as date) as last_purchase_date,
        cast(lifetime.lifetime_orders as bigint) as lifetime_orders,
        cast(lifetime.lifetime_cancellations as bigint) as lifetime_cancellations,
        cast(lifetime.lifetime_gross_revenue as numeric) as lifetime_gross_revenue,
        cast(lifetime.lifetime_net_revenue as numeric) as lifetime_net_revenue,
        cast(rfm.rfm_score as text) as rfm_score,
        cast(rfm.segment as text) as segment
    from lifetime
    inner join latest_country
        on
            lifetime.customer_id = latest_country.customer_id
            and latest_country.recency_rank = 1
    left join rfm
        on lifetime.customer_id = rfm.customer_id

)

select * from final
    ) as model_subq
  );
  