
    
    



select invoice_id
from "lgs_full"."marts"."fct_invoice_lines"
where invoice_id is null


