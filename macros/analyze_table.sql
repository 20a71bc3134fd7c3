{#-
    Post-hook of every stored model: give the table the planner's statistics when it has none.
    A freshly created table has none until autovacuum gets to it, and a model built right after
    it would be planned blind (seen: a two-minute nested loop instead of a ten-second hash join).
    A table an incremental run only added a batch to keeps its statistics (and autovacuum's
    analyze follows its growth): re-sampling the million-line tables after each day's batch
    took 2–3 s of a refresh. Views have no statistics of their own and are skipped.
-#}
{% macro analyze_table() -%}
    {{ return(adapter.dispatch('analyze_table')()) }}
{%- endmacro %}

{% macro default__analyze_table() -%}
    {%- if model.config.materialized in ('table', 'incremental') -%}
        do $analyze$
        begin
            -- no statistics yet (a table just created; an empty table is sampled again, at no cost)
            if not exists (
                select 1 from pg_stats
                where schemaname = '{{ this.schema }}' and tablename = '{{ this.identifier }}'
            ) then
                analyze {{ this }};
            end if;
        end
        $analyze$
    {%- endif -%}
{%- endmacro %}

{#- Spark plans from the Parquet files' own sizes; the models are not tuned on table statistics there. -#}
{% macro spark__analyze_table() %}{% endmacro %}
