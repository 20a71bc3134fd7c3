
    
    



select segment
from "lgs_full"."reference"."rfm_segments"
where segment is null


