
    
    



select last_invoice_date
from "lgs_full"."marts"."customer_rfm"
where last_invoice_date is null


