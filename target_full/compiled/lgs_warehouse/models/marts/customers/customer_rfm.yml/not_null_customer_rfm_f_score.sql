
    
    



select f_score
from "lgs_full"."marts"."customer_rfm"
where f_score is null


