
    
    



select m_score
from "lgs_full"."marts"."customer_rfm"
where m_score is null


