
    
    



select f_score
from "lgs_real"."reference"."rfm_segments"
where f_score is null


