-- How big are orders? Min, mean, median, mode and max of sale invoice amounts, over all sale
-- invoices and with the largest 15% removed (the notebook's view without the wholesale outliers).
with invoices as (

    select * from {{ ref('fct_invoices') }}
    where invoice_type = 'sale'

),

ranked as (

    select
        invoice_amount,
        percent_rank() over (order by invoice_amount asc) as amount_rank
    from invoices

),

scopes as (

    select
        'all sale invoices' as scope,
        invoice_amount
    from ranked
    union all
    select
        'without the top 15%' as scope,
        invoice_amount
    from ranked
    where amount_rank <= 0.85

),

final as (

    select
        scope,
        count(*) as invoices,
        min(invoice_amount) as min_amount,
        round(avg(invoice_amount), 2) as mean_amount,
        round(cast(percentile_cont(0.5) within group (order by invoice_amount) as numeric), 2) as median_amount,
        mode() within group (order by invoice_amount) as mode_amount,
        max(invoice_amount) as max_amount
    from scopes
    group by scope

)

select * from final
order by scope
