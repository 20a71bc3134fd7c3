-- The normal CDF macro against published values of Φ (to 10 decimals): returns the points where
-- it is off by more than the approximation's bound (7.5e-8), and checks symmetry.
with known (x, phi) as (

    values
    (0.0, 0.5000000000),
    (0.5, 0.6914624613),
    (1.0, 0.8413447461),
    (1.6448536270, 0.9500000000),
    (1.959963985, 0.9750000000),
    (2.5758293035, 0.9950000000),
    (3.0, 0.9986501020),
    (-1.0, 0.1586552539),
    (-1.959963985, 0.0250000000),
    (-3.5, 0.0002326291),
    (6.0, 0.9999999990),
    (40.0, 1.0000000000),
    (-40.0, 0.0000000000)

)

select
    x,
    phi,
    {{ normal_cdf('x') }} as approximated
from known
where abs({{ normal_cdf('x') }} - phi) > 0.000000075
