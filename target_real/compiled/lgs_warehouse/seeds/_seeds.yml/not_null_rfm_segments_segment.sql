
    
    



select segment
from "lgs_real"."reference"."rfm_segments"
where segment is null


