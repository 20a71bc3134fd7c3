
    
    



select m_score
from "lgs_real"."marts"."customer_rfm"
where m_score is null


