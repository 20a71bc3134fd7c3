
    
    



select recency_days
from "lgs_full"."marts"."customer_rfm"
where recency_days is null


