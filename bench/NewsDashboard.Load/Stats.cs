namespace NewsDashboard.Load;

/// <summary>Percentiles of a set of samples (milliseconds).</summary>
public sealed class Stats
{
    private readonly List<double> _samples = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(double value)
    {
        lock (_gate)
        {
            _samples.Add(value);
        }
    }

    public double Percentile(double p)
    {
        lock (_gate)
        {
            if (_samples.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _samples.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }
    }

    public double Max => Percentile(100);

    public string Summary() => Count == 0 ? "no samples" : $"p50 {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, p99 {Percentile(99):F1} ms, max {Max:F1} ms (n={Count})";
}
