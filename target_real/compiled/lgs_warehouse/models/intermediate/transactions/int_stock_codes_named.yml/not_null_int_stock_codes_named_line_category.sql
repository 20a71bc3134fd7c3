
    
    



select line_category
from "lgs_real"."intermediate"."int_stock_codes_named"
where line_category is null


