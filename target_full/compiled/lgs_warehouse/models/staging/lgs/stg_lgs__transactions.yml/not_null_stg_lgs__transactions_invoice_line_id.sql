
    
    



select invoice_line_id
from "lgs_full"."staging"."stg_lgs__transactions"
where invoice_line_id is null


