{#-
    Fails for every combination of the given columns that occurs on more than one row: the
    grain test for models keyed by several columns (dbt-core has no built-in for it).
    Usage:  data_tests: [{unique_combination_of_columns: {arguments: {combination_of_columns: [a, b]}}}]
-#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

    select
        {{ combination_of_columns | join(', ') }},
        count(*) as occurrences
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1

{% endtest %}
