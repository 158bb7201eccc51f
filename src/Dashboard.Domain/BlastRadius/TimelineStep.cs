using System.Text.Json.Serialization;
using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// One step of what happens after the write: it happens between <see cref="From"/> and <see cref="To"/> seconds after
/// t = 0 (the write), says what in <see cref="Text"/>, names where that is known from in <see cref="Source"/> (file:line,
/// catalog entry) and, once live traffic is known, what it costs in <see cref="Figures"/>.
/// </summary>
public sealed record TimelineStep(TimelineStepKind Kind, double From, double To, string Text, string Source)
{
    public IReadOnlyList<string> Figures { get; init; } = [];

    // What the figures are computed from; kept out of the JSON, which carries the figures themselves.
    internal string? Service { get; init; }
    internal ReconnectTime? Downtime { get; init; }
    internal int CallsPerRequest { get; init; } = 1;
    internal IReadOnlyList<string> Callers { get; init; } = [];

    /// <summary>"t = 0", "0–30 s" or "0–42 s": when the step happens, counted from the write.</summary>
    [JsonIgnore]
    public string When => To == 0 ? "t = 0" : From == To ? $"{Seconds(From)} s" : $"{Seconds(From)}–{Seconds(To)} s";

    private static string Seconds(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
