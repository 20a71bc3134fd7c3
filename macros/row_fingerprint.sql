{#-
    An md5 fingerprint of several columns that tells every combination of values apart,
    NULL from empty text included: PostgreSQL's text form of a row quotes empty strings ("")
    and leaves NULLs empty. Two lines with the same fingerprint are identical in every column
    (an md5 collision between different lines is, for practical purposes, impossible).
-#}
{% macro row_fingerprint(columns) -%}
    md5(cast(row({{ columns | join(', ') }}) as text))
{%- endmacro %}
