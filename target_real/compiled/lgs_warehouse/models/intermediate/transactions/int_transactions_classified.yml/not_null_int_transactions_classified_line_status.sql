
    
    



select line_status
from "lgs_real"."intermediate"."int_transactions_classified"
where line_status is null


