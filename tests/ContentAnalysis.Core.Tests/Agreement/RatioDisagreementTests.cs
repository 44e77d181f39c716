using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class RatioDisagreementTests
{
    // The Fourier series against the plain sum over all pairs Σ n_c n_k ((c − k)/(c + k))², on values spanning
    // several orders of magnitude, with zeros, and tightly clustered.
    [Theory]
    [InlineData(1, 0.0, 1.0, 0)]
    [InlineData(2, -6.0, 0.0, 0)]
    [InlineData(3, -12.0, 0.0, 50)]
    [InlineData(4, -0.01, 0.0, 0)]
    public void Fourier_RandomValues_EqualsExactSum(int seed, double lowLog10, double highLog10, int zeros)
    {
        var random = new Random(seed);
        const int count = 5000;
        var t = new double[count];
        var n = new long[count];
        for (var i = 0; i < count; i++)
        {
            t[i] = i < zeros ? 0 : Math.Pow(10, lowLog10 + ((highLog10 - lowLog10) * random.NextDouble()));
            n[i] = 1 + random.Next(3);
        }

        int[] present = [.. Enumerable.Range(0, count)];
        var exact = RatioDisagreement.Exact(t, n, present);
        var fourier = RatioDisagreement.Fourier(t, n, present);

        Assert.Equal(1.0, fourier / exact, 1e-9);
    }
}
