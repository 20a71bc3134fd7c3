
    
    



select load_id
from "lgs_real"."marts"."fct_invoice_lines"
where load_id is null


