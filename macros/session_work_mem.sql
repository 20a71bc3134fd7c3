{#-
    Pre-hook for the few models whose aggregates need more than a stock server's 4 MB of
    `work_mem` to hash instead of sorting on disk: raises it for the model's own transaction only
    (`set local`), to the `heavy_model_work_mem` var. Nothing in the server's configuration changes.
-#}
{% macro session_work_mem() -%}
    set local work_mem = '{{ var("heavy_model_work_mem") }}'
{%- endmacro %}
