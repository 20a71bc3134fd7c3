
    
    



select months_since_first
from "lgs_real"."marts"."customer_cohorts"
where months_since_first is null


