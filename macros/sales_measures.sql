{#-
    The sales metrics summed over rows of the invoice grain (`int_invoices_summarized`), as the
    semantic layer's measures sum them: the one select list the marts that show these metrics by
    a period (`fct_monthly_sales`, `fct_sales_seasonality`) use.
-#}
{% macro sales_measures() -%}
    sum(placed_orders) as placed_orders,
    sum(cancelled_orders) as cancelled_orders,
    sum(gross_sales) as gross_sales,
    sum(returns_amount) as returns_amount,
    sum(net_sales) as net_sales,
    count(distinct sale_customer_id) as active_customers
{%- endmacro %}
