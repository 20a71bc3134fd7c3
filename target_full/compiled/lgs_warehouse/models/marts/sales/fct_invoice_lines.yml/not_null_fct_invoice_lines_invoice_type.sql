
    
    



select invoice_type
from "lgs_full"."marts"."fct_invoice_lines"
where invoice_type is null


