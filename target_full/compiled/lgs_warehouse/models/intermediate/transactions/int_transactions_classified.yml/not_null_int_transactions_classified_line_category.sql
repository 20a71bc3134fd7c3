
    
    



select line_category
from "lgs_full"."intermediate"."int_transactions_classified"
where line_category is null


