
  
    

  create  table "lgs_real"."marts"."customer_rfm__dbt_tmp"
  
  
    
  
  (
    customer_id integer not null,
    as_of_date date,
    first_invoice_date date,
    last_invoice_date date,
    recency_days integer,
    frequency bigint,
    monetary numeric,
    r_score integer,
    f_score integer,
    m_score integer,
    rfm_score text,
    segment text,
    campaign text,
    recommended_action text
    
    )
 ;
    insert into "lgs_real"."marts"."customer_rfm__dbt_tmp" (
      customer_id, as_of_date, first_invoice_date, last_invoice_date, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_score, segment, campaign, recommended_action
    )
  
  (
    
    select customer_id, as_of_date, first_invoice_date, last_invoice_date, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_score, segment, campaign, recommended_action
    from (
        with lines as (

    select * from "lgs_real"."marts"."fct_invoice_lines"

),

segments as (

    select * from "lgs_real"."reference"."rfm_segments"

),

as_of as (

    select
        
            cast(

    max(invoice_date) + ((interval '1 day') * (1))

 as date) as as_of_date
        
    from lines
    where invoice_type = 'sale'

),

customer_totals as (

    select
        customer_id,
        min(case when invoice_type = 'sale' then invoice_date end) as first_invoice_date,
        max(case when invoice_type = 'sale' then invoice_date end) as last_invoice_date,
        count(distinct case when invoice_type = 'sale' then invoice_id end) as frequency,
        sum(line_amount) as monetary
    from lines
    where
        customer_id is not null
        and invoice_type in ('sale', 'cancellation')
    group by customer_id
    having count(case when invoice_type = 'sale' then 1 end) > 0

),

with_recency as (

    select
        customer_totals.*,
        as_of.as_of_date,
        
        ((as_of.as_of_date)::date - (customer_totals.last_invoice_date)::date)
     as recency_days -- noqa: LT05
    from customer_totals
    cross join as_of

),

scored as (

    select
        *,
        ntile(5) over (order by recency_days desc, customer_id asc) as r_score,
        ntile(5) over (order by frequency, customer_id) as f_score,
        ntile(5) over (order by monetary, customer_id) as m_score
    from with_recency

),

final as (

    select
        cast(scored.customer_id as integer) as customer_id,
        cast(scored.as_of_date as date) as as_of_date,
        cast(scored.first_invoice_date as date) as first_invoice_date,
        cast(scored.last_invoice_date as date) as last_invoice_date,
        cast(scored.recency_days as integer) as recency_days,
        cast(scored.frequency as bigint) as frequency,
        cast(scored.monetary as numeric) as monetary,
        cast(scored.r_score as integer) as r_score,
        cast(scored.f_score as integer) as f_score,
        cast(scored.m_score as integer) as m_score,
        cast(
    cast(scored.r_score as TEXT)
 || 
    cast(scored.f_score as TEXT)
 || 
    cast(scored.m_score as TEXT)
 as text) as rfm_score,
        cast(segments.segment as text) as segment,
        cast(segments.campaign as text) as campaign,
        cast(segments.recommended_action as text) as recommended_action
    from scored
    left join segments
        on
            scored.r_score = segments.r_score
            and scored.f_score = segments.f_score

)

select * from final
    ) as model_subq
  );
  