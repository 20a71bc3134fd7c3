
    
    



select load_id
from "lgs_real"."intermediate"."int_transactions_classified"
where load_id is null


