
    
    



select cohort_month
from "lgs_full"."marts"."customer_cohorts"
where cohort_month is null


