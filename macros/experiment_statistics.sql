{#-
    The statistics of `experiment_results`, one macro each, so the mart and the checks on
    simulated experiments compute them the same way. Arguments are SQL expressions: n = customers,
    x = converted customers (treatment t, control c), mean/variance of revenue per customer.
-#}

{#- Standard error of the difference of two proportions (unpooled). -#}
{% macro lift_standard_error(x_t, n_t, x_c, n_c) -%}
    sqrt(
        (cast({{ x_t }} as {{ lgs_type('double') }}) / {{ n_t }}) * (1 - cast({{ x_t }} as {{ lgs_type('double') }}) / {{ n_t }})
        / {{ n_t }}
        + (cast({{ x_c }} as {{ lgs_type('double') }}) / {{ n_c }}) * (1 - cast({{ x_c }} as {{ lgs_type('double') }}) / {{ n_c }})
        / {{ n_c }}
    )
{%- endmacro %}

{#- Two-sided p-value of the pooled two-proportion z-test. -#}
{% macro two_proportion_p_value(x_t, n_t, x_c, n_c) -%}
    {%- set pooled = '(cast((' ~ x_t ~ ') + (' ~ x_c ~ ') as ' ~ lgs_type('double') ~ ') / ((' ~ n_t ~ ') + (' ~ n_c ~ ')))' -%}
    {%- set z = '((cast(' ~ x_t ~ ' as ' ~ lgs_type('double') ~ ') / ' ~ n_t ~ ' - cast(' ~ x_c ~ ' as ' ~ lgs_type('double') ~ ') / '
        ~ n_c ~ ') / nullif(sqrt(' ~ pooled ~ ' * (1 - ' ~ pooled ~ ') * (1.0 / ' ~ n_t ~ ' + 1.0 / ' ~ n_c ~ ')), 0))' -%}
    2 * (1 - {{ normal_cdf('abs(' ~ z ~ ')') }})
{%- endmacro %}

{#- Two-sided p-value of Welch's statistic on two means, read on the normal distribution. -#}
{% macro welch_p_value(mean_t, variance_t, n_t, mean_c, variance_c, n_c) -%}
    {%- set z = '(cast((' ~ mean_t ~ ') - (' ~ mean_c ~ ') as ' ~ lgs_type('double') ~ ') / nullif(sqrt(cast(' ~ variance_t
        ~ ' as ' ~ lgs_type('double') ~ ') / ' ~ n_t ~ ' + cast(' ~ variance_c ~ ' as ' ~ lgs_type('double') ~ ') / ' ~ n_c ~ '), 0))' -%}
    2 * (1 - {{ normal_cdf('abs(' ~ z ~ ')') }})
{%- endmacro %}

{#- Sample-ratio mismatch: p-value of the chi-square (1 df) of the split against the planned share. -#}
{% macro srm_p_value(n_t, n_c, share) -%}
    {%- set total = '((' ~ n_t ~ ') + (' ~ n_c ~ '))' -%}
    {%- set chi2 = '(power((' ~ n_t ~ ') - ' ~ total ~ ' * (' ~ share ~ '), 2) / nullif(' ~ total ~ ' * (' ~ share
        ~ '), 0) + power((' ~ n_c ~ ') - ' ~ total ~ ' * (1 - (' ~ share ~ ')), 2) / nullif(' ~ total
        ~ ' * (1 - (' ~ share ~ ')), 0))' -%}
    2 * (1 - {{ normal_cdf('sqrt(' ~ chi2 ~ ')') }})
{%- endmacro %}
