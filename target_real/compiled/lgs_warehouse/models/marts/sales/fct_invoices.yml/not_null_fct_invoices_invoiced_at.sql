
    
    



select invoiced_at
from "lgs_real"."marts"."fct_invoices"
where invoiced_at is null


