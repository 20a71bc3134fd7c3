
    
    



select is_duplicate
from "lgs_full"."intermediate"."int_transactions_classified"
where is_duplicate is null


