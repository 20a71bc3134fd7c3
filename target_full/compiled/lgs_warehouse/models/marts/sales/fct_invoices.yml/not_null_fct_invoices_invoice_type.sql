
    
    



select invoice_type
from "lgs_full"."marts"."fct_invoices"
where invoice_type is null


