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

{#-
    Pre-hook of `int_product_pairs_counted`: on a full build, plan its joins as hash joins
    (`set local enable_mergejoin = off`). The planner cannot estimate the CTEs' sizes and picks
    merge joins that sort millions of rows on disk; measured on the real data, the full count takes
    30.6 s with hash joins against 35.4 s. An incremental run, whose batch is small, keeps the
    planner's choice (1.4 s against 1.8 s forced).
-#}
{% macro full_build_hash_joins() -%}
    {{ return(adapter.dispatch('full_build_hash_joins')()) }}
{%- endmacro %}

{% macro default__full_build_hash_joins() -%}
    set local enable_mergejoin = {{ 'on' if is_incremental() else 'off' }}
{%- endmacro %}

{% macro spark__full_build_hash_joins() %}{% endmacro %}
