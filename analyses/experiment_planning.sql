-- Planning a campaign experiment: for each campaign, the audience today; the conversion to
-- expect without a campaign — of the customers who were in that campaign one window ago (RFM
-- scored on the data before then, as experiment_assignments scores a start date), the share who
-- bought within the window; and the smallest absolute lift an experiment of that window and the
-- seed's treatment share could detect on today's audience at 80% power and 5% significance:
-- MDE = (z₀.₉₇₅ + z₀.₈₀) × sqrt(p(1 − p) × (1/n_treatment + 1/n_control)), z = 1.959964, 0.841621.
-- A campaign without a declared experiment is planned with a 61-day window and a 50% split.
with audiences as (

    select * from {{ ref('campaign_audiences') }}

),

experiments as (

    select * from {{ ref('campaign_experiments') }}

),

invoices as (

    select * from {{ ref('fct_invoices') }}

),

plans as (

    select
        audiences.campaign,
        count(distinct audiences.customer_id) as audience_today,
        max(audiences.as_of_date) as as_of_date,
        coalesce(max(experiments.end_date - experiments.start_date + 1), 61) as window_days,
        coalesce(max(experiments.treatment_share), 0.5) as treatment_share
    from audiences
    left join experiments
        on audiences.campaign = experiments.campaign
    group by audiences.campaign

),

windows as (

    select
        campaign,
        campaign as planned_campaign,
        audience_today,
        window_days,
        treatment_share,
        as_of_date - window_days as window_start,
        as_of_date as window_end
    from plans

),

segmented as (

    -- each customer's campaign as RFM saw them at the window's start, once per campaign planned
    {{ segments_as_of('windows', 'planned_campaign', 'window_start', ref('fct_invoices'), ref('rfm_segments')) }}

),

past_audiences as (

    select
        campaign,
        customer_id
    from segmented
    where campaign = planned_campaign

),

past_conversion as (

    select
        past_audiences.campaign,
        count(distinct past_audiences.customer_id) as customers,
        count(distinct invoices.sale_customer_id) as converted
    from past_audiences
    inner join windows
        on past_audiences.campaign = windows.campaign
    left join invoices
        on
            past_audiences.customer_id = invoices.sale_customer_id
            and windows.window_start <= invoices.invoice_date
            and windows.window_end > invoices.invoice_date
    group by past_audiences.campaign

),

final as (

    select
        windows.campaign,
        windows.audience_today,
        windows.window_days,
        windows.treatment_share,
        past_conversion.customers as audience_one_window_ago,
        round(cast(past_conversion.converted as numeric) / nullif(past_conversion.customers, 0), 4)
            as past_conversion_rate,
        round(cast((1.959964 + 0.841621) * sqrt(
            (cast(past_conversion.converted as double precision) / nullif(past_conversion.customers, 0))
            * (1 - cast(past_conversion.converted as double precision) / nullif(past_conversion.customers, 0))
            * (
                1.0 / nullif(windows.audience_today * windows.treatment_share, 0)
                + 1.0 / nullif(windows.audience_today * (1 - windows.treatment_share), 0)
            )
        ) as numeric), 4) as minimum_detectable_lift
    from windows
    left join past_conversion
        on windows.campaign = past_conversion.campaign

)

select * from final
order by campaign
