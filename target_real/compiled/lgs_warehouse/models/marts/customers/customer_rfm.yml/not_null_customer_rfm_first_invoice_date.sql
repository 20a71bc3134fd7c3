
    
    



select first_invoice_date
from "lgs_real"."marts"."customer_rfm"
where first_invoice_date is null


