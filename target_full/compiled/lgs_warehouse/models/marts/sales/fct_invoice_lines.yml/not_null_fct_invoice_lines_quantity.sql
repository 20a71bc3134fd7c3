
    
    



select quantity
from "lgs_full"."marts"."fct_invoice_lines"
where quantity is null


