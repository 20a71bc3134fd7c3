
    
    



select invoice_line_id
from "lgs_real"."marts"."fct_invoice_lines"
where invoice_line_id is null


