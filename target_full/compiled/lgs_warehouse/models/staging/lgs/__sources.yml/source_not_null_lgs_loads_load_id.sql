
    
    



select load_id
from "lgs_full"."raw"."lgs_loads"
where load_id is null


