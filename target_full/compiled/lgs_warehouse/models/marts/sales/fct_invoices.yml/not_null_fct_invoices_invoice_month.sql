
    
    



select invoice_month
from "lgs_full"."marts"."fct_invoices"
where invoice_month is null


