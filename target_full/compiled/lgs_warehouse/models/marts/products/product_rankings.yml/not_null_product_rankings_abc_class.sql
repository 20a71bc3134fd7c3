
    
    



select abc_class
from "lgs_full"."marts"."product_rankings"
where abc_class is null


