
    
    



select customer_id
from "lgs_real"."marts"."dim_customers"
where customer_id is null


