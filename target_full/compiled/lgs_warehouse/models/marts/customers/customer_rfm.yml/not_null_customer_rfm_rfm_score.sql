
    
    



select rfm_score
from "lgs_full"."marts"."customer_rfm"
where rfm_score is null


