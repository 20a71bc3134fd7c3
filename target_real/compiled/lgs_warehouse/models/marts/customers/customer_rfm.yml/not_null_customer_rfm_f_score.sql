
    
    



select f_score
from "lgs_real"."marts"."customer_rfm"
where f_score is null


