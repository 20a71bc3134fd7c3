{#-
    Incremental strategy `add_counts`, for a table of counts keyed by `unique_key`: on an
    incremental run the model selects what the batch adds to each key, and each row is added to
    the stored one in one `insert … on conflict do update` (inserted where the key is new). The
    columns listed in the model's `meta.additive_columns` are added; the others are replaced.
    Against `delete+insert` of the summed rows this saves looking each key up to sum it, and
    deleting it: on the real data's last day (289,664 pair counts) 5.0 s instead of 9.7 s.
    Needs a unique index on the key (the model's `indexes`); PostgreSQL only.
-#}
{% macro get_incremental_add_counts_sql(arg_dict) -%}
    {%- set keys = arg_dict['unique_key'] if arg_dict['unique_key'] is not string else [arg_dict['unique_key']] -%}
    {%- set added = config.get('meta', {}).get('additive_columns', []) -%}
    {%- if not added -%}
        {{ exceptions.raise_compiler_error(
            "incremental_strategy 'add_counts' needs meta.additive_columns (the columns to add) on " ~ this
        ) }}
    {%- endif -%}
    {%- set columns = arg_dict['dest_columns'] | map(attribute='quoted') | join(', ') -%}
    insert into {{ arg_dict['target_relation'] }} as stored ({{ columns }})
    select {{ columns }} from {{ arg_dict['temp_relation'] }}
    -- in key order: the stored rows are then looked up and changed page after page (the real
    -- data's last day, with cold buffers: 1.2 s instead of 2.1 s)
    order by {{ keys | join(', ') }}
    on conflict ({{ keys | join(', ') }}) do update set
    {%- for column in arg_dict['dest_columns'] if column.name not in keys %}
        {{ column.quoted }} = {{ 'stored.' ~ column.quoted ~ ' + ' if column.name in added }}excluded.{{ column.quoted }}
        {{- ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}
