{#-
    One row per customer with at least one sale invoice: recency, frequency and monetary value,
    their quintile scores and the marketing segment from the `rfm_segments` seed.
-#}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

customers as (

    select * from {{ ref('int_customers_summarized') }}

),

segments as (

    select * from {{ ref('rfm_segments') }}

),

as_of as (

    select
        {% if var('rfm_as_of_date') %}
            cast('{{ var("rfm_as_of_date") }}' as date) as as_of_date
        {% else %}
            cast({{ dbt.dateadd('day', 1, 'max(invoice_date)') }} as date) as as_of_date
        {% endif %}
    from invoices
    where sale_invoice_id is not null

),

customer_totals as (

    -- frequency and monetary are the customer's placed orders and net sales
    select
        customer_id,
        first_purchase_date as first_invoice_date,
        last_purchase_date as last_invoice_date,
        placed_orders as frequency,
        net_sales as monetary
    from customers
    where placed_orders > 0

),

with_recency as (

    select
        customer_totals.*,
        as_of.as_of_date,
        {{ dbt.datediff('customer_totals.last_invoice_date', 'as_of.as_of_date', 'day') }} as recency_days -- noqa: LT05
    from customer_totals
    cross join as_of

),

scored as (

    select
        *,
        {{ rfm_scores() }}
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
        cast(scored.monetary as numeric(18, 6)) as monetary,
        cast(scored.r_score as integer) as r_score,
        cast(scored.f_score as integer) as f_score,
        cast(scored.m_score as integer) as m_score,
        cast({{ dbt.concat([
            dbt.cast('scored.r_score', dbt.type_string()),
            dbt.cast('scored.f_score', dbt.type_string()),
            dbt.cast('scored.m_score', dbt.type_string()),
        ]) }} as {{ dbt.type_string() }}) as rfm_score,
        cast(segments.segment as {{ dbt.type_string() }}) as segment,
        cast(segments.campaign as {{ dbt.type_string() }}) as campaign,
        cast(segments.recommended_action as {{ dbt.type_string() }}) as recommended_action
    from scored
    left join segments
        on
            scored.r_score = segments.r_score
            and scored.f_score = segments.f_score

)

select * from final
