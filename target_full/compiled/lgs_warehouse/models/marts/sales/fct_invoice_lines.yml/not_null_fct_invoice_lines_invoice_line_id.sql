
    
    



select invoice_line_id
from "lgs_full"."marts"."fct_invoice_lines"
where invoice_line_id is null


