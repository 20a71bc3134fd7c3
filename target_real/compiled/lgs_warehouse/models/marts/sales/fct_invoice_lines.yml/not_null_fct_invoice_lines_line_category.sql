
    
    



select line_category
from "lgs_real"."marts"."fct_invoice_lines"
where line_category is null


