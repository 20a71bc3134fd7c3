{#-
    Layer schemas are used as named (`staging`, `intermediate`, `marts`, `reference`), as SPEC's
    default profile requires. A developer may isolate their own build by setting the environment
    variable LGS_SCHEMA_PREFIX (for example `alice` gives `alice_marts`); the `prod` target
    refuses a prefix.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- set prefix = env_var('LGS_SCHEMA_PREFIX', '') | trim -%}
    {%- if prefix and target.name == 'prod' -%}
        {{ exceptions.raise_compiler_error("LGS_SCHEMA_PREFIX must not be set for the prod target") }}
    {%- endif -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- elif prefix -%}
        {{ prefix }}_{{ custom_schema_name | trim }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
