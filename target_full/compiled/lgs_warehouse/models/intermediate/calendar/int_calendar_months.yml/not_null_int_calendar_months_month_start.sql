
    
    



select month_start
from "lgs_full"."intermediate"."int_calendar_months"
where month_start is null


