{#-
    An md5 fingerprint of several columns that tells every combination of values apart,
    NULL from empty text included: PostgreSQL's text form of a row quotes empty strings ("")
    and leaves NULLs empty. Two lines with the same fingerprint are identical in every column
    (an md5 collision between different lines is, for practical purposes, impossible).
-#}
{% macro row_fingerprint(columns) -%}
    {{ return(adapter.dispatch('row_fingerprint')(columns)) }}
{%- endmacro %}

{% macro default__row_fingerprint(columns) -%}
    md5(cast(row({{ columns | join(', ') }}) as text))
{%- endmacro %}

{#-
    Spark has no text form of a row: the same text is built from the (text) columns as PostgreSQL's
    record output writes it, so the fingerprints agree between the engines: a NULL is empty; a
    value that is empty or holds a comma, parenthesis, double quote, backslash or white space is
    double-quoted, its quotes and backslashes doubled.
-#}
{% macro spark__row_fingerprint(columns) -%}
    md5(concat('(', concat_ws(',',
    {%- for column in columns %}
        case
            when {{ column }} is null then ''
            when {{ column }} = '' or {{ column }} rlike '[,()"\\\\\\s]'
                then concat('"', replace(replace({{ column }}, '\\', '\\\\'), '"', '""'), '"')
            else {{ column }}
        end{{ ',' if not loop.last }}
    {%- endfor %}
    ), ')'))
{%- endmacro %}
