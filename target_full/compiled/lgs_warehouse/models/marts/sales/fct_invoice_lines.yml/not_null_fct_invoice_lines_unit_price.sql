
    
    



select unit_price
from "lgs_full"."marts"."fct_invoice_lines"
where unit_price is null


