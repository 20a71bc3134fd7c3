
    
    



select cohort_month
from "lgs_real"."marts"."customer_cohorts"
where cohort_month is null


