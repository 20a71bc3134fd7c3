
-- Fixture for customer_rfm
select 
    
    cast(1 as integer)
 as "customer_id", cast(null as date) as "as_of_date", cast(null as date) as "first_invoice_date", cast(null as date) as "last_invoice_date", cast(null as integer) as "recency_days", cast(null as bigint) as "frequency", cast(null as numeric) as "monetary", cast(null as integer) as "r_score", cast(null as integer) as "f_score", cast(null as integer) as "m_score", 
    
    cast('555' as text)
 as "rfm_score", 
    
    cast('Champions' as text)
 as "segment", cast(null as text) as "campaign", cast(null as text) as "recommended_action"