{#-
    PostgreSQL's `create table … as`, as dbt-postgres writes it, plus one model config:
    `fillfactor` (10–100), the share of each page the table is written to. A table whose rows are
    updated in place on every refresh (`int_product_pairs_counted`'s counts) leaves room on
    each page, so that an update whose columns no index covers stays on its page and adds no
    index entry (a heap-only tuple). Without the config, the same statement as dbt-postgres's.
-#}
{% macro postgres__create_table_as(temporary, relation, sql) -%}
    {%- set unlogged = config.get('unlogged', default=false) -%}
    {%- set sql_header = config.get('sql_header', none) -%}
    {%- set fillfactor = config.get('fillfactor', none) -%}
    {%- set storage = ('with (fillfactor = ' ~ (fillfactor | int) ~ ')') if fillfactor and not temporary else '' -%}

    {{ sql_header if sql_header is not none }}

    create {% if temporary -%}
        temporary
    {%- elif unlogged -%}
        unlogged
    {%- endif %} table {{ relation }}
    {% set contract_config = config.get('contract') %}
    {% if contract_config.enforced %}
        {{ get_assert_columns_equivalent(sql) }}
    {% endif -%}
    {% if contract_config.enforced and (not temporary) -%}
        {{ get_table_columns_and_constraints() }} {{ storage }};
        insert into {{ relation }} (
            {{ adapter.dispatch('get_column_names', 'dbt')() }}
        )
        {%- set sql = get_select_subquery(sql) %}
    {% else %}
        {{ storage }} as
    {% endif %}
    (
        {{ sql }}
    );
{%- endmacro %}
