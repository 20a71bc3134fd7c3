

    select *
    from "lgs_real"."marts"."fct_monthly_sales"
    where not coalesce(net_sales = gross_sales + returns_amount, false)

