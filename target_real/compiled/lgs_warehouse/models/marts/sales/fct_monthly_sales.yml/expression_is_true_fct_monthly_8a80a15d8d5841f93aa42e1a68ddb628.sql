

    select *
    from "lgs_real"."marts"."fct_monthly_sales"
    where not coalesce(returning_customers >= 0 and new_customers <= active_customers, false)

