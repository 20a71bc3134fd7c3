
-- Fixture for stock_code_categories
select cast(null as text) as "stock_code_pattern", cast(null as text) as "line_category", cast(null as text) as "meaning"
    limit 0