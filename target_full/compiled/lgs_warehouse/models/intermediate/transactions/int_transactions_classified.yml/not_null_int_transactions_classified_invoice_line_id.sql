
    
    



select invoice_line_id
from "lgs_full"."intermediate"."int_transactions_classified"
where invoice_line_id is null


