
    
    



select invoice_type
from "lgs_real"."staging"."stg_lgs__transactions"
where invoice_type is null


