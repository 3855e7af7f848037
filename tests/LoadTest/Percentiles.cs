namespace CommunityPlanning.LoadTest;

/// <summary>p50 / p95 / p99 / max of a set of milliseconds (nearest rank).</summary>
public readonly record struct Percentiles(double P50, double P95, double P99, double Max, int Count)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new(double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1], sorted.Length);
    }

    public override string ToString() => $"p50 {P50,8:F1} ms   p95 {P95,8:F1} ms   p99 {P99,8:F1} ms   max {Max,8:F1} ms   (n = {Count:N0})";
}
