
    
    



select stock_code
from "lgs_full"."marts"."product_rankings"
where stock_code is null


