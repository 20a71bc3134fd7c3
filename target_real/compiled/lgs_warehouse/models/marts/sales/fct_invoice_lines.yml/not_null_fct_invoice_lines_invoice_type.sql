
    
    



select invoice_type
from "lgs_real"."marts"."fct_invoice_lines"
where invoice_type is null


