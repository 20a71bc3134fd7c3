
    
    

with child as (
    select stock_code as from_field
    from "lgs_real"."marts"."product_rankings"
    where stock_code is not null
),

parent as (
    select stock_code as to_field
    from "lgs_real"."marts"."dim_products"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


