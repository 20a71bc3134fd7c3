
    
    



select load_id
from "lgs_real"."raw"."lgs_loads"
where load_id is null


