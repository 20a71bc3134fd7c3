{#-
    One row per (experiment, variant): what each group did in the outcome window, and on the
    treatment row the lift against control with its 95% interval and p-values (SPEC, "Campaign
    experiments"). Formulas, with p = conversion rate, n = customers, x = converted customers:
    - conversion lift: p_t − p_c (absolute) and (p_t − p_c) / p_c (relative);
    - 95% interval: unpooled normal, lift ± 1.959964 × sqrt(p_t(1−p_t)/n_t + p_c(1−p_c)/n_c);
    - conversion p-value: two-sided pooled two-proportion z-test, z = (p_t − p_c) /
      sqrt(p̄(1−p̄)(1/n_t + 1/n_c)), p̄ = (x_t + x_c)/(n_t + n_c), p = 2(1 − Φ(|z|));
    - revenue: mean revenue per customer (buyers and non-buyers), difference t − c, Welch's
      statistic (difference / sqrt(s²_t/n_t + s²_c/n_c)) read on the normal distribution;
    - sample-ratio mismatch: chi-square of the observed split against treatment_share (one
      degree of freedom, p = 2(1 − Φ(sqrt(χ²)))), on every row;
    - status: `running` until the data passes `end_date`, then `complete`.
    Φ is the `normal_cdf` macro; each statistic is a macro of `experiment_statistics.sql`.
-#}

with experiments as (

    select * from {{ ref('campaign_experiments') }}

),

assignments as (

    select * from {{ ref('experiment_assignments') }}

),

invoices as (

    select * from {{ ref('int_invoices_summarized') }}
    where customer_id is not null

),

data_end as (

    select max(invoice_date) as last_invoice_date
    from {{ ref('int_invoices_summarized') }}

),

customer_outcomes as (

    -- each assigned customer's orders and net sales in the window (0 when they did not buy)
    select
        assignments.experiment_id,
        assignments.variant,
        assignments.customer_id,
        coalesce(sum(invoices.placed_orders), 0) as orders,
        coalesce(sum(invoices.net_sales), 0) as revenue
    from assignments
    inner join experiments
        on assignments.experiment_id = experiments.experiment_id
    left join invoices
        on
            assignments.customer_id = invoices.customer_id
            and invoices.invoice_date between experiments.start_date and experiments.end_date
    group by assignments.experiment_id, assignments.variant, assignments.customer_id

),

variants as (

    select
        experiment_id,
        variant,
        count(*) as customers,
        count(case when orders > 0 then 1 end) as converted_customers,
        sum(revenue) as revenue,
        avg(revenue) as revenue_per_customer,
        var_samp(revenue) as revenue_variance,
        sum(orders) as orders
    from customer_outcomes
    group by experiment_id, variant

),

rates as (

    select
        *,
        cast(converted_customers as {{ lgs_type('double') }}) / customers as conversion_rate
    from variants

),

compared as (

    -- each variant beside the experiment's control group and its totals
    select
        rates.*,
        control.customers as control_customers,
        control.converted_customers as control_converted,
        control.conversion_rate as control_rate,
        control.revenue_per_customer as control_revenue_per_customer,
        control.revenue_variance as control_revenue_variance,
        sum(rates.customers) over (partition by rates.experiment_id) as experiment_customers,
        sum(case when rates.variant = 'treatment' then rates.customers else 0 end)
            over (partition by rates.experiment_id) as treatment_customers,
        experiments.treatment_share,
        experiments.end_date
    from rates
    inner join experiments
        on rates.experiment_id = experiments.experiment_id
    left join rates as control
        on
            rates.experiment_id = control.experiment_id
            and control.variant = 'control'

),

tested as (

    select
        *,
        case when variant = 'treatment' then conversion_rate - control_rate end as conversion_lift_abs,
        case
            when variant = 'treatment' then
                {{ lift_standard_error('converted_customers', 'customers', 'control_converted', 'control_customers') }}
        end as conversion_lift_se,
        case
            when variant = 'treatment' then
                {{ two_proportion_p_value(
                    'converted_customers', 'customers', 'control_converted', 'control_customers'
                ) }}
        end as conversion_p_value,
        case
            when variant = 'treatment' then
            {{ welch_p_value(
                'revenue_per_customer', 'revenue_variance', 'customers',
                'control_revenue_per_customer', 'control_revenue_variance', 'control_customers'
            ) }}
        end as revenue_p_value,
        {{ srm_p_value('treatment_customers', 'experiment_customers - treatment_customers', 'treatment_share') }}
            as srm_p_value
    from compared

),

final as (

    select
        cast(tested.experiment_id as {{ dbt.type_string() }}) as experiment_id,
        cast(tested.variant as {{ dbt.type_string() }}) as variant,
        cast(tested.customers as bigint) as customers,
        cast(tested.converted_customers as bigint) as converted_customers,
        cast(tested.conversion_rate as {{ lgs_type('double') }}) as conversion_rate,
        cast(tested.revenue as numeric(18, 6)) as revenue,
        cast(tested.revenue_per_customer as numeric(18, 6)) as revenue_per_customer,
        cast(tested.orders as bigint) as orders,
        cast(tested.conversion_lift_abs as {{ lgs_type('double') }}) as conversion_lift_abs,
        cast(tested.conversion_lift_abs / nullif(tested.control_rate, 0) as {{ lgs_type('double') }})
            as conversion_lift_rel,
        cast(tested.conversion_lift_abs - 1.959963985 * tested.conversion_lift_se as {{ lgs_type('double') }})
            as conversion_lift_ci95_low,
        cast(tested.conversion_lift_abs + 1.959963985 * tested.conversion_lift_se as {{ lgs_type('double') }})
            as conversion_lift_ci95_high,
        cast(tested.conversion_p_value as {{ lgs_type('double') }}) as conversion_p_value,
        cast(case
            when tested.variant = 'treatment' then
                tested.revenue_per_customer - tested.control_revenue_per_customer
        end as numeric(18, 6)) as revenue_lift_abs,
        cast(tested.revenue_p_value as {{ lgs_type('double') }}) as revenue_p_value,
        cast(tested.srm_p_value as {{ lgs_type('double') }}) as srm_p_value,
        cast(
            case when data_end.last_invoice_date > tested.end_date then 'complete' else 'running' end
            as {{ dbt.type_string() }}
        ) as status,
        cast(sqrt(tested.revenue_variance) as {{ lgs_type('double') }}) as revenue_stddev
    from tested
    cross join data_end

)

select * from final
