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

{#-
    Post-hook (outside the transaction) of a table read through index-only scans: `vacuum` marks
    its pages all-visible, without which each index entry costs a visit to the table (seen: the
    pair count's 47 million lookups into `int_sale_baskets_listed` took 62 s instead of 17 s).
    After an incremental run it visits only the pages the run added.
-#}
{% macro vacuum_table() -%}
    {{ return(adapter.dispatch('vacuum_table')()) }}
{%- endmacro %}

{% macro default__vacuum_table() -%}
    vacuum {{ this }}
{%- endmacro %}

{#- Spark has no visibility map: nothing to do. -#}
{% macro spark__vacuum_table() %}{% endmacro %}
