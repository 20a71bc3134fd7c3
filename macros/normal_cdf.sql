{#-
    Φ(x), the standard normal CDF: Abramowitz & Stegun 26.2.17, absolute error < 7.5e-8.
    Φ(x) = 1 − φ(x)·(b1·t + b2·t² + b3·t³ + b4·t⁴ + b5·t⁵), t = 1 / (1 + 0.2316419·|x|), for x ≥ 0,
    and 1 − Φ(−x) below 0; beyond |x| = 37 the tail is below 1e-300 and is returned as 0 or 1.
-#}
{% macro normal_cdf(x) -%}
    {%- set v = '(cast(' ~ x ~ ' as ' ~ lgs_type('double') ~ '))' -%}
    {%- set t = '(1.0 / (1.0 + 0.2316419 * abs(' ~ v ~ ')))' -%}
    (case
        when {{ v }} is null then null
        when {{ v }} > 37 then 1.0
        when {{ v }} < -37 then 0.0
        else 0.5 + sign({{ v }}) * (0.5 - exp(-0.5 * {{ v }} * {{ v }}) / sqrt(2 * pi()) * {{ t }} * (
            0.319381530 + {{ t }} * (-0.356563782 + {{ t }} * (1.781477937
            + {{ t }} * (-1.821255978 + {{ t }} * 1.330274429)))
        ))
    end)
{%- endmacro %}
