
    
    



select rfm_score
from "lgs_real"."marts"."customer_rfm"
where rfm_score is null


