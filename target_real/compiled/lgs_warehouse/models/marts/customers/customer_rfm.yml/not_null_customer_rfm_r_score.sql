
    
    



select r_score
from "lgs_real"."marts"."customer_rfm"
where r_score is null


