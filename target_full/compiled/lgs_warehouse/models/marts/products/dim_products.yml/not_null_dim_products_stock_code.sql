
    
    



select stock_code
from "lgs_full"."marts"."dim_products"
where stock_code is null


