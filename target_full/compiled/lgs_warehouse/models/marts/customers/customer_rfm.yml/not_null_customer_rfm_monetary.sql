
    
    



select monetary
from "lgs_full"."marts"."customer_rfm"
where monetary is null


