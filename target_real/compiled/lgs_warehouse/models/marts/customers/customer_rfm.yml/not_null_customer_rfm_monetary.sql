
    
    



select monetary
from "lgs_real"."marts"."customer_rfm"
where monetary is null


