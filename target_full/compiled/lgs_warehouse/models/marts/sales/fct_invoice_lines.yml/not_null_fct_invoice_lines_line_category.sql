
    
    



select line_category
from "lgs_full"."marts"."fct_invoice_lines"
where line_category is null


