
    
    



select line_category
from "lgs_real"."intermediate"."int_transactions_classified"
where line_category is null


