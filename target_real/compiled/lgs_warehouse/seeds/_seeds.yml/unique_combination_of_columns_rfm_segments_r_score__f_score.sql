

    select
        r_score, f_score,
        count(*) as occurrences
    from "lgs_real"."reference"."rfm_segments"
    group by r_score, f_score
    having count(*) > 1

