select
    cast(1 as bigint) as invoice_line_id,
    cast(1 as bigint) as load_id,
    cast('seen' as text) as line_hash