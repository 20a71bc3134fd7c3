
    
    



select load_id
from "lgs_full"."intermediate"."int_transactions_classified"
where load_id is null


