
    
    



select frequency
from "lgs_real"."marts"."customer_rfm"
where frequency is null


