namespace Dashboard.PaymentSandbox;

/// <summary>The faults waiting to be served, first added first served; each rule is used up after its count of requests.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Left)> _rules = [];

    public void Add(FaultRule rule)
    {
        if (rule.Problem() is { } problem) throw new ArgumentException(problem, nameof(rule));
        lock (_gate) _rules.Add((rule, rule.Count));
    }

    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    /// <summary>The fault for this request, if one is waiting; counts it down.</summary>
    public FaultRule? Take(string method, string path)
    {
        lock (_gate)
        {
            var index = _rules.FindIndex(r => r.Rule.Matches(method, path));
            if (index < 0) return null;
            var (rule, left) = _rules[index];
            if (left <= 1) _rules.RemoveAt(index);
            else _rules[index] = (rule, left - 1);
            return rule;
        }
    }
}
