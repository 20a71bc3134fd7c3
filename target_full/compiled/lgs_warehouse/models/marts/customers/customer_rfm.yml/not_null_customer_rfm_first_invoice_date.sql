
    
    



select first_invoice_date
from "lgs_full"."marts"."customer_rfm"
where first_invoice_date is null


