
    
    

select
    invoice_line_id as unique_field,
    count(*) as n_records

from "lgs_real"."marts"."dq_rejected_rows"
where invoice_line_id is not null
group by invoice_line_id
having count(*) > 1


