
  
    

  create  table "lgs_real"."intermediate"."int_calendar_months__dbt_tmp"
  
  
    as
  
  (
    

with spine as (

    


    


    with rawdata as (

        

    

    with p as (
        select 0 as generated_number union all select 1
    ), unioned as (

    select

    
    p0.generated_number * power(2, 0)
     + 
    
    p1.generated_number * power(2, 1)
     + 
    
    p2.generated_number * power(2, 2)
     + 
    
    p3.generated_number * power(2, 3)
     + 
    
    p4.generated_number * power(2, 4)
     + 
    
    p5.generated_number * power(2, 5)
     + 
    
    p6.generated_number * power(2, 6)
     + 
    
    p7.generated_number * power(2, 7)
     + 
    
    p8.generated_number * power(2, 8)
    
    
    + 1
    as generated_number

    from

    
    p as p0
     cross join 
    
    p as p1
     cross join 
    
    p as p2
     cross join 
    
    p as p3
     cross join 
    
    p as p4
     cross join 
    
    p as p5
     cross join 
    
    p as p6
     cross join 
    
    p as p7
     cross join 
    
    p as p8
    
    

    )

    select *
    from unioned
    where generated_number <= 479.0
    order by generated_number



    ),

    all_periods as (

        select (
            

    cast('2000-01-01' as date) + ((interval '1 month') * (row_number() over (order by 1) - 1))


        ) as date_month
        from rawdata

    ),

    filtered as (

        select *
        from all_periods
        where date_month <= cast('2039-12-01' as date)

    )

    select * from filtered



),

final as (

    select cast(date_month as date) as month_start
    from spine

)

select * from final
  );
  