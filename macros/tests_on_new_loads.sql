{#-
    Data tests that check only what a build added. A test on a table that loads only append to
    (rows never change once written: `int_transactions_classified`, `fct_invoice_lines`,
    `int_sale_baskets_listed`, the staging view over raw) sets `config: {where: __new_loads__}`;
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
    {%- set builds = adapter.get_relation(
        database=target.database,
        schema=generate_schema_name('intermediate', none),
        identifier=var('builds_table'),
    ) -%}
    {%- if builds is none -%}
        {%- do return('true') -%}
    {%- endif -%}
    {%- set built = run_query('select coalesce(max(built_load_id), 0) from ' ~ builds).columns[0].values()[0] -%}
    {%- if built | int == 0 -%}
        {%- do return('true') -%}
    {%- endif -%}
    {%- do return('(load_id > ' ~ (built | int) ~ ' or load_id is null)') -%}
{%- endmacro %}
