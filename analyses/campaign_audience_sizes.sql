-- How big is each campaign, and what is it worth? Customers, their lifetime net revenue and
-- days since their last purchase, per campaign and segment — and the product most often put
-- first in their emails.
with audiences as (

    select * from {{ ref('campaign_audiences') }}

),

featured as (

    select
        campaign,
        segment,
        top_recommended_product_name,
        row_number() over (
            partition by campaign, segment
            order by count(*) desc, top_recommended_product_name asc
        ) as feature_rank
    from audiences
    where top_recommended_product_name is not null
    group by campaign, segment, top_recommended_product_name

),

sizes as (

    select
        campaign,
        segment,
        count(*) as customers,
        round(sum(lifetime_net_revenue), 2) as lifetime_net_revenue,
        round(avg(lifetime_net_revenue), 2) as mean_net_revenue,
        round(avg(recency_days), 0) as mean_days_since_purchase
    from audiences
    group by campaign, segment

),

final as (

    select
        sizes.*,
        featured.top_recommended_product_name as most_featured_product
    from sizes
    left join featured
        on
            sizes.campaign = featured.campaign
            and sizes.segment = featured.segment
            and featured.feature_rank = 1

)

select * from final
order by campaign asc, lifetime_net_revenue desc
