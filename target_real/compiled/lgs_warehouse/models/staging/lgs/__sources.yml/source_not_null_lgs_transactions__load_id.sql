
    
    



select _load_id
from "lgs_real"."raw"."lgs_transactions"
where _load_id is null


