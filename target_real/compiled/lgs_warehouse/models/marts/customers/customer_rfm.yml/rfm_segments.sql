
-- Fixture for rfm_segments
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('1' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Can''t Lose' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Win them back with new products and a personal call; do not lose to competitors.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Hibernating' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Low-cost re-activation offers; otherwise leave out of costly campaigns.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('At Risk' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Personalised win-back emails with renewal offers.' as text)
 as "recommended_action"
union all
select 
    
    cast('2' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Can''t Lose' as text)
 as "segment", 
    
    cast('win-back' as text)
 as "campaign", 
    
    cast('Win them back with new products and a personal call; do not lose to competitors.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('About to Sleep' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Share popular products and a discount to re-engage.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('About to Sleep' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Share popular products and a discount to re-engage.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('Need Attention' as text)
 as "segment", 
    
    cast('re-activation' as text)
 as "campaign", 
    
    cast('Limited-time offer based on past purchases to prevent slipping away.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('3' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('Promising' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Build the relationship: brand story and a time-limited offer.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('4' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Loyal Customers' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Up-sell higher-value ranges and offer a loyalty programme.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('1' as integer)
 as "f_score", 
    
    cast('New Customers' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Welcome series with onboarding offers to earn a second order.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('2' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('3' as integer)
 as "f_score", 
    
    cast('Potential Loyalists' as text)
 as "segment", 
    
    cast('nurture' as text)
 as "campaign", 
    
    cast('Offer membership or a loyalty programme and recommend related products.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('4' as integer)
 as "f_score", 
    
    cast('Champions' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Reward them: early access to new ranges and loyalty perks; ask for reviews.' as text)
 as "recommended_action"
union all
select 
    
    cast('5' as integer)
 as "r_score", 
    
    cast('5' as integer)
 as "f_score", 
    
    cast('Champions' as text)
 as "segment", 
    
    cast('loyalty rewards' as text)
 as "campaign", 
    
    cast('Reward them: early access to new ranges and loyalty perks; ask for reviews.' as text)
 as "recommended_action"