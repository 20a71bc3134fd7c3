
    
    



select segment
from "lgs_real"."marts"."customer_rfm"
where segment is null


