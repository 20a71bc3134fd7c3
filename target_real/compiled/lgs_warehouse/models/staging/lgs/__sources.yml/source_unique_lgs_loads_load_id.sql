
    
    

select
    load_id as unique_field,
    count(*) as n_records

from "lgs_real"."raw"."lgs_loads"
where load_id is not null
group by load_id
having count(*) > 1


