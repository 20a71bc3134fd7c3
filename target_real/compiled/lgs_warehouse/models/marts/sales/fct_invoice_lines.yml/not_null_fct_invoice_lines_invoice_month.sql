
    
    



select invoice_month
from "lgs_real"."marts"."fct_invoice_lines"
where invoice_month is null


