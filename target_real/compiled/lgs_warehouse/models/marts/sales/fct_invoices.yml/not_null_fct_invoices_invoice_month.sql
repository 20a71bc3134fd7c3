
    
    



select invoice_month
from "lgs_real"."marts"."fct_invoices"
where invoice_month is null


