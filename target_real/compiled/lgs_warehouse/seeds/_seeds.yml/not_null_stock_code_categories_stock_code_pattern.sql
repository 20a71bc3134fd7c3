
    
    



select stock_code_pattern
from "lgs_real"."reference"."stock_code_categories"
where stock_code_pattern is null


