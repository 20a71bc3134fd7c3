
    
    



select month
from "lgs_real"."marts"."fct_monthly_sales"
where month is null


