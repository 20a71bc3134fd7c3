
    
    



select unit_price
from "lgs_real"."marts"."fct_invoice_lines"
where unit_price is null


