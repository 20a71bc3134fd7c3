
    
    



select line_amount
from "lgs_real"."marts"."fct_invoice_lines"
where line_amount is null


