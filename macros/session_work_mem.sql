{#-
    Pre-hook: `set local work_mem` for the model's own transaction, to the var named (by default
    `heavy_model_work_mem`). Every model gets `model_work_mem` (dbt_project.yml); the few whose
    aggregates hash millions of rows raise it to `heavy_model_work_mem`. A stock server's 4 MB
    default would make them sort on disk; nothing in the server's configuration changes.
-#}
{% macro session_work_mem(setting='heavy_model_work_mem') -%}
    {{ return(adapter.dispatch('session_work_mem')(setting)) }}
{%- endmacro %}

{% macro default__session_work_mem(setting) -%}
    set local work_mem = '{{ var(setting) }}'
{%- endmacro %}

{#- Spark sizes its own memory (`spark.driver.memory`, the profile); no per-model setting. -#}
{% macro spark__session_work_mem(setting) %}{% endmacro %}
