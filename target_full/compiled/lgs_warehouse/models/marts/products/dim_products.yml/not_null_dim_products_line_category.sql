
    
    



select line_category
from "lgs_full"."marts"."dim_products"
where line_category is null


