
    
    



select invoice_id
from "lgs_full"."marts"."fct_invoices"
where invoice_id is null


