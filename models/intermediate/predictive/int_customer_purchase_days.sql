{#-
    One row per customer and purchase day: the purchase histories of the customer models (SPEC
    "Predictive marts"). A purchase day is a date with at least one of the customer's sale
    invoices; several invoices on one day are one purchase, as in the BG/NBD literature. The day's
    sale amount sums the customer's sale lines that day (`gross_sales` of the invoice grain).
    The predictive step (`scripts/predict.py`) summarizes these into frequency, recency, tenure
    and mean repeat spend as of any date, which is how it also refits on a past cut-off.
-#}

with invoices as (

    select * from {{ ref('int_invoices_summarized') }}
    where sale_customer_id is not null

),

final as (

    select
        sale_customer_id as customer_id,
        invoice_date as purchase_date,
        count(*) as sale_invoices,
        sum(gross_sales) as sale_amount
    from invoices
    group by sale_customer_id, invoice_date

)

select * from final
