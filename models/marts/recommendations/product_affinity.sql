{#-
    One row per ordered pair of products bought on the same sale invoice at least
    `affinity_min_invoices` times: support, confidence and lift of "bought A → also bought B",
    and B's rank among A's companions. Counts come from `int_product_pairs_counted` (each
    product once per invoice, product lines of sale invoices only).
-#}

with pairs as (

    select * from {{ ref('int_product_pairs_counted') }}
    where pair_invoices >= {{ var('affinity_min_invoices') }}

),

baskets as (

    select * from {{ ref('int_sale_baskets_listed') }}

),

invoices as (

    select * from {{ ref('fct_invoices') }}

),

sale_invoices as (

    select count(*) as invoice_count
    from invoices
    where invoice_type = 'sale'

),

product_invoices as (

    select
        stock_code,
        count(*) as invoice_count
    from baskets
    group by stock_code

),

ordered_pairs as (

    select
        stock_code_a as antecedent_stock_code,
        stock_code_b as consequent_stock_code,
        pair_invoices
    from pairs
    union all
    select
        stock_code_b as antecedent_stock_code,
        stock_code_a as consequent_stock_code,
        pair_invoices
    from pairs

),

measured as (

    select
        ordered_pairs.antecedent_stock_code,
        ordered_pairs.consequent_stock_code,
        ordered_pairs.pair_invoices,
        antecedent.invoice_count as antecedent_invoices,
        consequent.invoice_count as consequent_invoices,
        sale_invoices.invoice_count as sale_invoices
    from ordered_pairs
    inner join product_invoices as antecedent
        on ordered_pairs.antecedent_stock_code = antecedent.stock_code
    inner join product_invoices as consequent
        on ordered_pairs.consequent_stock_code = consequent.stock_code
    cross join sale_invoices

),

final as (

    select
        cast(antecedent_stock_code as text) as antecedent_stock_code,
        cast(consequent_stock_code as text) as consequent_stock_code,
        cast(pair_invoices as bigint) as pair_invoices,
        cast(antecedent_invoices as bigint) as antecedent_invoices,
        cast(consequent_invoices as bigint) as consequent_invoices,
        cast(round(cast(pair_invoices as numeric) / sale_invoices, 10) as numeric) as support, -- noqa: RF04
        cast(round(cast(pair_invoices as numeric) / antecedent_invoices, 10) as numeric) as confidence,
        cast(round(
            cast(pair_invoices as numeric) * sale_invoices / (antecedent_invoices * consequent_invoices), 10
        ) as numeric) as lift,
        -- within one antecedent, confidence follows pair_invoices and lift then follows the
        -- consequent's rarity, so the order is exact on integers
        cast(row_number() over (
            partition by antecedent_stock_code
            order by pair_invoices desc, consequent_invoices asc, consequent_stock_code asc
        ) as bigint) as consequent_rank
    from measured

)

select * from final
