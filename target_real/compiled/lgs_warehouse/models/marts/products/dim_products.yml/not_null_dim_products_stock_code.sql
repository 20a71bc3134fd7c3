
    
    



select stock_code
from "lgs_real"."marts"."dim_products"
where stock_code is null


