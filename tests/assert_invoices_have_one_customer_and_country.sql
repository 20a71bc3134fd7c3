-- An invoice is one order by one customer from one country (the invoice grain,
-- `int_invoices_summarized`). Returns the invoices whose kept lines name more than one customer
-- (guest lines count as a customer of their own) or more than one country. None in the real
-- data; should an export ever produce one, the build warns, and the invoice counts for its
-- smallest customer id and first country.
{{ config(severity='warn', tags=['full_history']) }}  -- every line: make test runs it

with lines as (

    select * from {{ ref('fct_invoice_lines') }}

)

select
    invoice_id,
    count(distinct coalesce(customer_id, -1)) as customers,
    count(distinct country) as countries
from lines
group by invoice_id
having
    count(distinct coalesce(customer_id, -1)) > 1
    or count(distinct country) > 1
