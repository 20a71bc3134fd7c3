{#-
    The newest load batch already in an incremental model: `load_id > {{ load_watermark() }}`
    selects the lines of newer loads only. On a full build (or the first one) it is 0, so every
    line is selected.
-#}
{% macro load_watermark() -%}
    {%- if is_incremental() -%}
        (select coalesce(max(built.load_id), 0) from {{ this }} as built)
    {%- else -%}
        0
    {%- endif -%}
{%- endmacro %}

{#-
    The body of an append-only list (`int_sale_baskets_listed`, `int_customer_products_bought`):
    each combination of `keys` found in `rows` (a CTE with a `load_id` column), with the first
    load that brought it; on an incremental run, only the combinations the model's table does not
    hold yet, so each row keeps the load that first listed it.
-#}
{% macro first_listed(rows, keys) -%}
    select
        {%- for key in keys %}
        {{ rows }}.{{ key }},
        {%- endfor %}
        min({{ rows }}.load_id) as load_id
    from {{ rows }}
    {%- if is_incremental() %}
    where not exists (
        select 1
        from {{ this }} as listed
        where
            {%- for key in keys %}
            {{ 'and ' if not loop.first }}listed.{{ key }} = {{ rows }}.{{ key }}
            {%- endfor %}
    )
    {%- endif %}
    group by {% for key in keys %}{{ rows }}.{{ key }}{{ ', ' if not loop.last }}{% endfor %}
{%- endmacro %}
