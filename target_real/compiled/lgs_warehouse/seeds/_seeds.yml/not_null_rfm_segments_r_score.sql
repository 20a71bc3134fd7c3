
    
    



select r_score
from "lgs_real"."reference"."rfm_segments"
where r_score is null


