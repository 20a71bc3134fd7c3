
    
    



select _raw_row_id
from "lgs_real"."raw"."lgs_transactions"
where _raw_row_id is null


