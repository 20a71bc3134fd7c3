
    
    



select invoiced_at
from "lgs_real"."marts"."fct_invoice_lines"
where invoiced_at is null


