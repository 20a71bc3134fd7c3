{#-
    Each customer's RFM segment and campaign as `customer_rfm` would have given them on a past
    date: scored with `rfm_scores` on the invoices dated before that date, one ranking per row of
    `starts`. `experiment_assignments` uses it for each experiment's start date and the planning
    analysis for the start of a past window.
    Returns a select of (`key`, customer_id, segment, campaign) over:
    - starts: a CTE with one row per `key` and its date in `as_of_column`;
    - invoices: the invoice grain (`int_invoices_summarized` or `fct_invoices`);
    - segments: the `rfm_segments` seed.
-#}
{% macro segments_as_of(starts, key, as_of_column, invoices, segments) -%}
    select
        scored.{{ key }},
        scored.customer_id,
        rfm_segments.segment,
        rfm_segments.campaign
    from (
        select
            customer_totals.*,
            {{ rfm_scores(key) }}
        from (
            -- each customer's orders and net spend before the date, as customer_rfm sums them
            select
                starts.{{ key }},
                history.customer_id,
                {{ dbt.datediff(
                    'max(case when history.placed_orders > 0 then history.invoice_date end)',
                    'min(starts.' ~ as_of_column ~ ')',
                    'day'
                ) }} as recency_days,
                sum(history.placed_orders) as frequency,
                sum(history.net_sales) as monetary
            from {{ starts }} as starts
            inner join {{ invoices }} as history
                on starts.{{ as_of_column }} > history.invoice_date
            where history.customer_id is not null
            group by starts.{{ key }}, history.customer_id
            having sum(history.placed_orders) > 0
        ) as customer_totals
    ) as scored
    inner join {{ segments }} as rfm_segments
        on
            scored.r_score = rfm_segments.r_score
            and scored.f_score = rfm_segments.f_score
{%- endmacro %}
