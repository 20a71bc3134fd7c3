{#-
    Fails for every row where the SQL boolean expression is not true, e.g. `net_sales =
    gross_sales + returns_amount`. Usage: data_tests: [{expression_is_true: {arguments: {expression: "..."}}}]
-#}
{% test expression_is_true(model, expression) %}

    select *
    from {{ model }}
    where not coalesce({{ expression }}, false)

{% endtest %}
