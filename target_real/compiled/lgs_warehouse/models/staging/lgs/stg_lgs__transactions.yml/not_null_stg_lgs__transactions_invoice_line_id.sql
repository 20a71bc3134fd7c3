
    
    



select invoice_line_id
from "lgs_real"."staging"."stg_lgs__transactions"
where invoice_line_id is null


