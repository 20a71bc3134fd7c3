
    
    



select r_score
from "lgs_full"."reference"."rfm_segments"
where r_score is null


