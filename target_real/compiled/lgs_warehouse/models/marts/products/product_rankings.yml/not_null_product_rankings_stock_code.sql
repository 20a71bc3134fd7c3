
    
    



select stock_code
from "lgs_real"."marts"."product_rankings"
where stock_code is null


