{#-
    Post-hook of every stored model: refresh the planner's statistics of the table just built.
    A freshly created table has none until autovacuum gets to it, and a model built right after
    it would be planned blind (seen: a two-minute nested loop instead of a ten-second hash join).
    Views have no statistics of their own and are skipped.
-#}
{% macro analyze_table() -%}
    {{ return(adapter.dispatch('analyze_table')()) }}
{%- endmacro %}

{% macro default__analyze_table() -%}
    {%- if model.config.materialized in ('table', 'incremental') -%}
        analyze {{ this }}
    {%- endif -%}
{%- endmacro %}

{#- Spark plans from the Parquet files' own sizes; the models are not tuned on table statistics there. -#}
{% macro spark__analyze_table() %}{% endmacro %}
