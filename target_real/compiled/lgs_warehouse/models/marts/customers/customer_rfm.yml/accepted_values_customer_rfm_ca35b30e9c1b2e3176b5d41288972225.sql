
    
    

with all_values as (

    select
        segment as value_field,
        count(*) as n_records

    from "lgs_real"."marts"."customer_rfm"
    group by segment

)

select *
from all_values
where value_field not in (
    'Champions','Loyal Customers','Potential Loyalists','New Customers','Promising','Need Attention','About to Sleep','At Risk','Can''t Lose','Hibernating'
)


