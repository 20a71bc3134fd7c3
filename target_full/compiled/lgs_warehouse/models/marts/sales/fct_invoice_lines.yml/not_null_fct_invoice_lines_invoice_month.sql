
    
    



select invoice_month
from "lgs_full"."marts"."fct_invoice_lines"
where invoice_month is null


