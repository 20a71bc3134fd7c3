
    
    



select abc_class
from "lgs_real"."marts"."product_rankings"
where abc_class is null


