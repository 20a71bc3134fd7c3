
    
    



select line_amount
from "lgs_full"."marts"."fct_invoice_lines"
where line_amount is null


