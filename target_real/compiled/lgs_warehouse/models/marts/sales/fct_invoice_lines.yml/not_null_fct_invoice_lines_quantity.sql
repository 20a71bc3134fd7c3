
    
    



select quantity
from "lgs_real"."marts"."fct_invoice_lines"
where quantity is null


