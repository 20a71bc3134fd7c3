
    
    



select invoice_type
from "lgs_real"."marts"."fct_invoices"
where invoice_type is null


