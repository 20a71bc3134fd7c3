
    
    



select frequency
from "lgs_full"."marts"."customer_rfm"
where frequency is null


