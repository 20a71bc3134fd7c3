
    
    



select last_invoice_date
from "lgs_real"."marts"."customer_rfm"
where last_invoice_date is null


