{#-
    Makes sure a database role exists before dbt grants privileges to it (run at the start of
    every dbt run). A missing role is created without login; `scripts/roles.py` gives it a login
    and the rest of its privileges. Creating needs CREATEROLE: without it, a missing role is an
    error that says to run `make roles`.
-#}
{% macro ensure_role(role) -%}
    {{ return(adapter.dispatch('ensure_role')(role)) }}
{%- endmacro %}

{#- Open-source Spark has no roles or grants: access is the cluster's (or the files') business. -#}
{% macro spark__ensure_role(role) %}{% endmacro %}

{% macro default__ensure_role(role) -%}
    do $$
    begin
        if not exists (select 1 from pg_roles where rolname = {{ dbt.string_literal(role) }}) then
            if not exists (
                select 1 from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)
            ) then
                raise exception 'role % does not exist and % may not create it: run make roles as an admin',
                    {{ dbt.string_literal(role) }}, current_user;
            end if;
            execute format('create role %I nologin', {{ dbt.string_literal(role) }});
        end if;
    end
    $$
{%- endmacro %}
