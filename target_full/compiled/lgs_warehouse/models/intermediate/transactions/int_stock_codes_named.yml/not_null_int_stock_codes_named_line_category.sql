
    
    



select line_category
from "lgs_full"."intermediate"."int_stock_codes_named"
where line_category is null


