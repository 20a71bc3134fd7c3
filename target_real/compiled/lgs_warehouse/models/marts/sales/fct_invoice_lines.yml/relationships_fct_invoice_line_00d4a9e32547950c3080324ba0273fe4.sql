
    
    

with child as (
    select invoice_month as from_field
    from "lgs_real"."marts"."fct_invoice_lines"
    where invoice_month is not null
),

parent as (
    select month_start as to_field
    from "lgs_real"."intermediate"."int_calendar_months"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


