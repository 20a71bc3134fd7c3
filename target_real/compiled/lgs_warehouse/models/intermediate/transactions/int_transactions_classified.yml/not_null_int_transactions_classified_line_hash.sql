
    
    



select line_hash
from "lgs_real"."intermediate"."int_transactions_classified"
where line_hash is null


