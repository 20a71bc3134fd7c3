
    
    



select month_start
from "lgs_real"."intermediate"."int_calendar_months"
where month_start is null


