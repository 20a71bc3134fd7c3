
    
    



select stock_code
from "lgs_real"."intermediate"."int_stock_codes_named"
where stock_code is null


