{#-
    Data tests that check only what a build added. A test on a table that loads only append to
    (rows never change once written: `fct_invoice_lines`'s relationships, the staging view over
    raw; the append-only tables' not-null and accepted values are their contracts' constraints,
    checked by PostgreSQL on insert) sets `config: {where: __new_loads__}`;
    here `__new_loads__` becomes `(load_id > N or load_id is null)`, N the raw load that the last
    whole build reached (`lgs_builds`, written by scripts/build.py), so a refresh tests its batch
    instead of the whole history. It becomes `true` (every row) on a full refresh, when
    LGS_FULL_TESTS is set (`make test`, `FULL_TESTS=yes`), and before the first recorded build.
    Other `where` configs work as in dbt.
-#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- if where and '__new_loads__' in where -%}
        {%- set where = where | replace('__new_loads__', new_loads_condition()) -%}
    {%- endif -%}
    {%- if where -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ where }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}

{% macro new_loads_condition() -%}
    {%- if not execute or flags.FULL_REFRESH or env_var('LGS_FULL_TESTS', '') | length > 0 -%}
        {%- do return('true') -%}
    {%- endif -%}
    {%- set built = last_built_load() -%}
    {%- if built == 0 -%}
        {%- do return('true') -%}
    {%- endif -%}
    {%- do return('(load_id > ' ~ built ~ ' or load_id is null)') -%}
{%- endmacro %}

{#-
    The raw load that the last whole build reached (`lgs_builds`, written by scripts/build.py),
    as an integer: 0 before the first recorded build, and at parse time. Every model of a whole
    build has seen every load up to it.
-#}
{% macro last_built_load() -%}
    {%- if not execute -%}
        {%- do return(0) -%}
    {%- endif -%}
    {%- set builds = adapter.get_relation(
        database=target.database,
        schema=generate_schema_name('intermediate', none),
        identifier=var('builds_table'),
    ) -%}
    {%- if builds is none -%}
        {%- do return(0) -%}
    {%- endif -%}
    {%- set built = run_query('select coalesce(max(built_load_id), 0) from ' ~ builds).columns[0].values()[0] -%}
    {%- do return(built | int) -%}
{%- endmacro %}
