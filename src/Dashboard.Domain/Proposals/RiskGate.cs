using System.Globalization;
using System.Text.Json;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// What a proposal's risk asks for beyond the usual steps. High and critical changes are gated: staging counts as verified
/// only after every affected service has had time to pick the value up (the longest refresh interval in the stored blast
/// radius, since the staging write), and the approval needs a written mitigation. Lower risks are not gated.
/// </summary>
public sealed record RiskGate(bool IsGated, TimeSpan StagingWait, string WaitReason)
{
    /// <summary>The App Configuration provider's default refresh interval, used when the code names none.</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(30);

    private static readonly RiskGate NotGated = new(false, TimeSpan.Zero, "the risk is below high, so no wait is required");

    public static RiskGate For(BlastRadiusSnapshot radius)
    {
        if (!IsGatedLevel(radius.RiskLevel)) return NotGated;
        var intervals = RefreshIntervals(radius.SerializedText);
        if (intervals.Count == 0)
            return new RiskGate(true, DefaultRefreshInterval,
                $"no affected service names a refresh interval, so the provider's default of {Seconds(DefaultRefreshInterval)} applies");
        var longest = intervals.Max(i => i.Interval);
        return new RiskGate(true, longest > DefaultRefreshInterval ? longest : DefaultRefreshInterval,
            string.Join(", ", intervals.Select(i => $"{i.Service} refreshes every {Seconds(i.Interval)}")));
    }

    public static bool IsGatedLevel(string riskLevel) =>
        riskLevel.Equals("high", StringComparison.OrdinalIgnoreCase) || riskLevel.Equals("critical", StringComparison.OrdinalIgnoreCase);

    // The snapshot is the blast radius as JSON (affected[].service, affected[].withinSeconds); a radius that was not computed is not JSON.
    private static List<(string Service, TimeSpan Interval)> RefreshIntervals(string serializedText)
    {
        var intervals = new List<(string, TimeSpan)>();
        try
        {
            using var document = JsonDocument.Parse(serializedText, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("affected", out var affected) || affected.ValueKind != JsonValueKind.Array)
                return intervals;
            foreach (var service in affected.EnumerateArray())
                if (service.ValueKind == JsonValueKind.Object
                    && service.TryGetProperty("service", out var name) && name.ValueKind == JsonValueKind.String
                    && service.TryGetProperty("withinSeconds", out var seconds) && seconds.TryGetDouble(out var value) && value is > 0 and < 86_400)
                    intervals.Add((name.GetString()!, TimeSpan.FromSeconds(value)));
        }
        catch (JsonException)
        {
            // Not JSON: nothing known about refresh intervals, so the default applies.
        }
        return intervals;
    }

    private static string Seconds(TimeSpan interval) => $"{interval.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";
}
