
    
    



select invoice_line_id
from "lgs_real"."intermediate"."int_transactions_classified"
where invoice_line_id is null


