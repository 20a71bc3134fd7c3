
    
    



select line_category
from "lgs_real"."reference"."stock_code_categories"
where line_category is null


