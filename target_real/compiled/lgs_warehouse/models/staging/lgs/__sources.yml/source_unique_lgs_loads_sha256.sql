
    
    

select
    sha256 as unique_field,
    count(*) as n_records

from "lgs_real"."raw"."lgs_loads"
where sha256 is not null
group by sha256
having count(*) > 1


