
    
    



select invoice_line_id
from "lgs_real"."marts"."dq_rejected_rows"
where invoice_line_id is null


