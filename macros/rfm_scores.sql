{#-
    The RFM quintile scores of SPEC, defined once: `customer_rfm` scores today's customers with
    it, `experiment_assignments` scores each experiment's customers as of its start date (one
    ranking per experiment: `partition_by`). Returns the select list of the three `ntile(5)`
    scores over rows that carry `customer_id`, `recency_days`, `frequency` and `monetary`.
-#}
{% macro rfm_scores(partition_by=none) -%}
    {%- set over = 'partition by ' ~ partition_by ~ ' ' if partition_by else '' -%}
    ntile(5) over ({{ over }}order by recency_days desc, customer_id asc) as r_score,
    ntile(5) over ({{ over }}order by frequency asc, customer_id asc) as f_score,
    ntile(5) over ({{ over }}order by monetary asc, customer_id asc) as m_score
{%- endmacro %}
