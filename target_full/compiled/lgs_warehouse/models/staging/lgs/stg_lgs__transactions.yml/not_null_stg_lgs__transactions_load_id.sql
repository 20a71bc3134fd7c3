
    
    



select load_id
from "lgs_full"."staging"."stg_lgs__transactions"
where load_id is null


