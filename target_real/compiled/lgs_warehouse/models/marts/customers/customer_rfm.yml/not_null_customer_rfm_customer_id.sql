
    
    



select customer_id
from "lgs_real"."marts"."customer_rfm"
where customer_id is null


