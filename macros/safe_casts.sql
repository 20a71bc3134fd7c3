{#-
    Parsing of the raw text columns. Each macro returns NULL where the text does not hold a value
    of the expected shape, instead of failing the query: staging flags such rows as rejected.
-#}

{% macro safe_integer(column) -%}
    case
        when {{ regex_matches('trim(' ~ column ~ ')', "'^[+-]?[0-9]{1,9}$'") }}
            then cast(trim({{ column }}) as integer)
    end
{%- endmacro %}

{% macro safe_numeric(column) -%}
    case
        when {{ regex_matches('trim(' ~ column ~ ')', "'^[+-]?([0-9]{1,12}([.][0-9]{0,6})?|[.][0-9]{1,6})$'") }}
            then cast(trim({{ column }}) as numeric(18, 6))
    end
{%- endmacro %}

{% macro safe_customer_id(column) -%}
    case
        when {{ regex_matches('trim(' ~ column ~ ')', "'^[0-9]{1,9}([.]0*)?$'") }}
            then cast({{ dbt.split_part('trim(' ~ column ~ ')', "'.'", 1) }} as integer)
    end
{%- endmacro %}

{#- An ISO timestamp `YYYY-MM-DD HH:MM[:SS[.fff]]` (or with `T`) that exists in the calendar. -#}
{% macro safe_timestamp(column) -%}
    {%- set value = 'trim(' ~ column ~ ')' -%}
    {%- set part = "cast(substr(" ~ value ~ ", {start}, 2) as integer)" -%}
    {%- set year = "cast(substr(" ~ value ~ ", 1, 4) as integer)" -%}
    case
        when {{ regex_matches(value, "'^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?$'") }}
            then case
                when {{ part.format(start=6) }} between 1 and 12
                    and {{ part.format(start=12) }} <= 23
                    and {{ part.format(start=15) }} <= 59
                    and case when length({{ value }}) = 16 then 0 else {{ part.format(start=18) }} end <= 59
                    then case
                        when {{ part.format(start=9) }} between 1 and case
                            when {{ part.format(start=6) }} in (4, 6, 9, 11) then 30
                            when {{ part.format(start=6) }} != 2 then 31
                            when {{ year }} % 4 = 0 and ({{ year }} % 100 != 0 or {{ year }} % 400 = 0) then 29
                            else 28
                        end
                            then cast(replace({{ value }}, 'T', ' ') as timestamp)
                    end
            end
    end
{%- endmacro %}
