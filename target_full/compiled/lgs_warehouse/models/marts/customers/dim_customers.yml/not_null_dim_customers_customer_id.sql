
    
    



select customer_id
from "lgs_full"."marts"."dim_customers"
where customer_id is null


