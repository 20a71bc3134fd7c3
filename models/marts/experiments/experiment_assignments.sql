{#-
    One row per (experiment, customer): who was in each experiment of the `campaign_experiments`
    seed, and in which group (SPEC, "Campaign experiments").

    - Audience: the customers whose campaign, scored as `customer_rfm` scores (the `rfm_scores`
      macro and the `rfm_segments` seed) with `as_of_date` = `start_date` from the invoices dated
      before `start_date`, is the experiment's campaign. So an experiment declared after the fact
      still gets the audience it would have had on its start date.
    - Assignment: `bucket` = the first 8 hex digits of md5(salt || ':' || customer_id) as an
      integer, modulo 10000; `treatment` when bucket < treatment_share × 10000, else `control`.
      The email tool reproduces it from the seed row alone.
    - Frozen: an experiment is assigned once, on the first build whose data reaches its start
      date, and never again — later loads, rebuilds and `--full-refresh` (`full_refresh=false`)
      leave every row as it was. Changing an assigned experiment means a new `experiment_id`.
-#}

{{ config(
    materialized='incremental',
    incremental_strategy='append',
    full_refresh=false,
    indexes=[{'columns': ['experiment_id', 'customer_id'], 'unique': true}],
) }}

with experiments as (

    select * from {{ ref('campaign_experiments') }}

),

invoices as (

    select * from {{ ref('int_invoices_summarized') }}

),

data_end as (

    select max(invoice_date) as last_invoice_date
    from invoices

),

{% if is_incremental() %}

    assigned as (

        select distinct experiment_id
        from {{ this }}

    ),

{% else %}

    assigned as (

        select cast(null as {{ dbt.type_string() }}) as experiment_id
        where false

    ),

{% endif %}

due as (

    -- experiments whose start date the data has reached (their history is complete), once
    select experiments.*
    from experiments
    cross join data_end
    where
        experiments.start_date <= data_end.last_invoice_date
        and experiments.experiment_id not in (select assigned.experiment_id from assigned)

),

audience as (

    -- who was in which segment and campaign on each experiment's start date
    {{ segments_as_of('due', 'experiment_id', 'start_date', ref('int_invoices_summarized'), ref('rfm_segments')) }}

),

bucketed as (

    select
        audience.experiment_id,
        audience.customer_id,
        audience.segment,
        due.treatment_share,
        mod(
            {{ hex_to_bigint(
                "substr(md5(due.salt || ':' || cast(audience.customer_id as " ~ dbt.type_string() ~ ")), 1, 8)"
            ) }},
            10000
        ) as bucket
    from audience
    inner join due
        on
            audience.experiment_id = due.experiment_id
            and audience.campaign = due.campaign

),

final as (

    select
        cast(experiment_id as {{ dbt.type_string() }}) as experiment_id,
        cast(customer_id as integer) as customer_id,
        cast(bucket as integer) as bucket,
        cast(
            case when bucket < treatment_share * 10000 then 'treatment' else 'control' end as {{ dbt.type_string() }}
        ) as variant,
        cast(segment as {{ dbt.type_string() }}) as segment_at_start
    from bucketed

)

select * from final
