# NormalDist: pdf, cdf, inv_cdf (both tails and the centre), quantiles, overlap, zscore, properties, arithmetic, equality and repr.
from statistics import NormalDist, StatisticsError

N1 = NormalDist(2.4, 1.6)
N2 = NormalDist(3.2, 2.0)
print(N1, N1.mean, N1.median, N1.mode, N1.stdev, N1.variance)
print(N1.pdf(2), N1.cdf(3), N1.zscore(4), N1.overlap(N2), N2.overlap(N1))
print([N1.inv_cdf(p) for p in (0.5, 0.3, 0.01, 0.99, 1e-10, 1e-300, 0.925, 0.075)])
print(NormalDist().quantiles(), N2.quantiles(10))
print(N1 + N2, N1 - N2, N1 + 1, 1.5 + N1, 3 - N1, N1 * 2, 2 * N1, N1 * -2, N1 / 4, -N1, +N1)
print(N1 == NormalDist(2.4, 1.6), N1 == N2, N1 == 2.4, hash(N1) == hash(NormalDist(2.4, 1.6)))
print(NormalDist(100, 15).cdf(130) - NormalDist(100, 15).cdf(70), NormalDist(1, 2).overlap(NormalDist(1, 2)), NormalDist(1, 2).overlap(NormalDist(5, 2)))
calls = [lambda: NormalDist(1, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).inv_cdf(0.5),
         lambda: NormalDist().inv_cdf(1), lambda: NormalDist().inv_cdf(0.0), lambda: NormalDist(1, 0).zscore(2), lambda: N1.overlap(1),
         lambda: NormalDist(1, 0).overlap(NormalDist(1, 0))]
for call in calls:
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
# expect: NormalDist(mu=2.4, sigma=1.6) 2.4 2.4 2.4 1.6 2.5600000000000005
# expect: 0.2416675730017808 0.6461697666727237 1.0 0.8035050657330205 0.8035050657330205
# expect: [2.4, 1.560959179667135, -1.3221565984653454, 6.122156598465345, -7.778145443846489, -56.87535407897793, 4.703250353501529, 0.09674964649847073]
# expect: [-0.6744897501960817, 0.0, 0.6744897501960817] [0.6368968689107986, 1.5167575328541718, 2.151198974583919, 2.693305793728401, 3.2, 3.7066942062715995, 4.248801025416082, 4.883242467145829, 5.763103131089202]
# expect: NormalDist(mu=5.6, sigma=2.5612496949731396) NormalDist(mu=-0.8000000000000003, sigma=2.5612496949731396) NormalDist(mu=3.4, sigma=1.6) NormalDist(mu=3.9, sigma=1.6) NormalDist(mu=0.6000000000000001, sigma=1.6) NormalDist(mu=4.8, sigma=3.2) NormalDist(mu=4.8, sigma=3.2) NormalDist(mu=-4.8, sigma=3.2) NormalDist(mu=0.6, sigma=0.4) NormalDist(mu=-2.4, sigma=1.6) NormalDist(mu=2.4, sigma=1.6)
# expect: True False False True
# expect: 0.9544997361036416 1.0 0.31731050786291415
# expect: StatisticsError sigma must be non-negative
# expect: StatisticsError pdf() not defined when sigma is zero
# expect: StatisticsError cdf() not defined when sigma is zero
# expect: StatisticsError cdf() not defined when sigma at or below zero
# expect: StatisticsError p must be in the range 0.0 < p < 1.0
# expect: StatisticsError p must be in the range 0.0 < p < 1.0
# expect: StatisticsError zscore() not defined when sigma is zero
# expect: TypeError Expected another NormalDist instance
# expect: StatisticsError overlap() not defined when sigma is zero
