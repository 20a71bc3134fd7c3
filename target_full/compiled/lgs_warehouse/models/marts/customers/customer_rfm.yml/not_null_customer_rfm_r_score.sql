
    
    



select r_score
from "lgs_full"."marts"."customer_rfm"
where r_score is null


