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
