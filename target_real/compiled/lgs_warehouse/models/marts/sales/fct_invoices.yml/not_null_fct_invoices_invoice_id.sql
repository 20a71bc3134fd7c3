
    
    



select invoice_id
from "lgs_real"."marts"."fct_invoices"
where invoice_id is null


