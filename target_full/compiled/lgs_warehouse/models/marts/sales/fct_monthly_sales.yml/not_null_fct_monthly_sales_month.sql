
    
    



select month
from "lgs_full"."marts"."fct_monthly_sales"
where month is null


