-- RFM segments: how many customers, their mean recency, frequency and monetary value, and what to do.
with rfm as (

    select * from {{ ref('customer_rfm') }}

),

final as (

    select
        segment,
        count(*) as customers,
        round(avg(recency_days), 1) as mean_recency_days,
        round(avg(frequency), 1) as mean_frequency,
        round(avg(monetary), 2) as mean_monetary,
        min(recommended_action) as recommended_action
    from rfm
    group by segment

)

select * from final
order by customers desc, segment asc
