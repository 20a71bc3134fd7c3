
    
    



select recency_days
from "lgs_real"."marts"."customer_rfm"
where recency_days is null


