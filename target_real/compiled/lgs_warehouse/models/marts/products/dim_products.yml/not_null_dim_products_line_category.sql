
    
    



select line_category
from "lgs_real"."marts"."dim_products"
where line_category is null


