
    
    



select invoice_type
from "lgs_full"."staging"."stg_lgs__transactions"
where invoice_type is null


