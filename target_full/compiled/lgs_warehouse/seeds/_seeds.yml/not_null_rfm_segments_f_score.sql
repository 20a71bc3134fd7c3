
    
    



select f_score
from "lgs_full"."reference"."rfm_segments"
where f_score is null


