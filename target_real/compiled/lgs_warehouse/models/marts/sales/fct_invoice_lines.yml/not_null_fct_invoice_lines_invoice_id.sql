
    
    



select invoice_id
from "lgs_real"."marts"."fct_invoice_lines"
where invoice_id is null


