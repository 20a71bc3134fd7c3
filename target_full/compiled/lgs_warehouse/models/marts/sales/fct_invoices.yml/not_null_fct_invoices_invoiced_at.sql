
    
    



select invoiced_at
from "lgs_full"."marts"."fct_invoices"
where invoiced_at is null


