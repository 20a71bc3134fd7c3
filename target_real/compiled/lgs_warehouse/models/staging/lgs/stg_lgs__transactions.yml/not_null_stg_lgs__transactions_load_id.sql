
    
    



select load_id
from "lgs_real"."staging"."stg_lgs__transactions"
where load_id is null


