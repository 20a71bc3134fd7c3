
    
    



select segment
from "lgs_full"."marts"."customer_rfm"
where segment is null


