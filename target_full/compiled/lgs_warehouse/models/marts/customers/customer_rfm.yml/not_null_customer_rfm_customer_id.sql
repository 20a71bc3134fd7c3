
    
    



select customer_id
from "lgs_full"."marts"."customer_rfm"
where customer_id is null


