{#-
    Pre-hook: `set local work_mem` for the model's own transaction, to the var named (by default
    `model_work_mem`, which every model gets: dbt_project.yml). A stock server's 4 MB default
    would make the large aggregates sort on disk; nothing in the server's configuration changes.
-#}
{% macro session_work_mem(setting='model_work_mem') -%}
    {{ return(adapter.dispatch('session_work_mem')(setting)) }}
{%- endmacro %}

{% macro default__session_work_mem(setting) -%}
    set local work_mem = '{{ var(setting) }}'
{%- endmacro %}

{#- Spark sizes its own memory (`spark.driver.memory`, the profile); no per-model setting. -#}
{% macro spark__session_work_mem(setting) %}{% endmacro %}
