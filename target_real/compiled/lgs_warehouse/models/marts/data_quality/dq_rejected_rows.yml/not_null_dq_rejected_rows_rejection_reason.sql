
    
    



select rejection_reason
from "lgs_real"."marts"."dq_rejected_rows"
where rejection_reason is null


