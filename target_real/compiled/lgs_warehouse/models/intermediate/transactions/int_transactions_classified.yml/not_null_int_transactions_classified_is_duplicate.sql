
    
    



select is_duplicate
from "lgs_real"."intermediate"."int_transactions_classified"
where is_duplicate is null


