
    
    



select as_of_date
from "lgs_real"."marts"."customer_rfm"
where as_of_date is null


