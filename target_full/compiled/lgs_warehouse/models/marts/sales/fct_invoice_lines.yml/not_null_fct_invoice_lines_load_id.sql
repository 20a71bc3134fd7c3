
    
    



select load_id
from "lgs_full"."marts"."fct_invoice_lines"
where load_id is null


