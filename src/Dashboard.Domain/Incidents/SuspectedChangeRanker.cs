using System.Globalization;

namespace Dashboard.Domain.Incidents;

/// <summary>
/// Ranks the config changes applied in an incident's environment in the window before it started: first by how the
/// incident's services lie in each change's blast radius (reload, then direct read, then downstream, then outside),
/// then by time (nearer first, to the minute). Changes that tie on both are listed by how many of the incident's
/// services they reach, then by exact time and key, and their reasons say so. Changes after the start cannot have
/// caused it and are left out, as are changes in other environments.
/// </summary>
public static class SuspectedChangeRanker
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(2);

    private const int OutsideTier = 3;

    public static IReadOnlyList<SuspectedChange> Rank(SuspectWindow window, IEnumerable<CandidateChange> changes)
    {
        if (window.Length <= TimeSpan.Zero)
            throw new DomainException($"The window for suspected changes is {window.Length}; give a positive length, e.g. 2 hours.");
        var services = window.Services.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = changes
            .Where(c => string.Equals(c.Environment, window.Environment, StringComparison.OrdinalIgnoreCase))
            .Where(c => c.AppliedAt >= window.From && c.AppliedAt <= window.StartedAt)
            .Select(c => Candidate.Of(c, services, window.StartedAt))
            .OrderBy(c => c.Tier).ThenBy(c => c.Minute).ThenByDescending(c => c.Members.Count)
            .ThenByDescending(c => c.Change.AppliedAt).ThenBy(c => c.Change.Key, StringComparer.Ordinal).ThenBy(c => c.Change.Label, StringComparer.Ordinal)
            .ToList();
        return [.. candidates.Select((c, index) => new SuspectedChange(c.Change, index + 1, c.Kind,
            [.. c.Members.Select(m => m.Service).Distinct(StringComparer.OrdinalIgnoreCase)], c.BeforeStart,
            Reason(c, window, candidates.Where(o => o != c && o.Tier == c.Tier && o.Minute == c.Minute).ToList())))];
    }

    private static string Reason(Candidate candidate, SuspectWindow window, IReadOnlyList<Candidate> ties)
    {
        var change = candidate.Change;
        var standing = candidate.Kind is null
            ? $"outside the blast radius: it reaches none of {string.Join(", ", window.Services)}"
            : string.Join(", ", candidate.Members.Where(m => m.Kind == candidate.Kind).Select(m => m.How)
                .Concat(candidate.Members.Where(m => m.Kind != candidate.Kind).Select(m => m.How)));
        var when = candidate.BeforeStart < TimeSpan.FromSeconds(1)
            ? $"applied at the moment of {window.StartSignal}"
            : $"applied {Ago(candidate.BeforeStart)} before {window.StartSignal}";
        var source = change.Source == ChangeSource.OutOfBand
            ? $"; made outside the pipeline{(change.Actor is null ? "" : " by " + change.Actor)}"
            : "";
        var tie = ties.Count == 0
            ? ""
            : $"; ties with {string.Join(", ", ties.Select(t => t.Change.KeyAndLabel))} (same standing in the blast radius, applied in the same minute): "
              + "listed by how many of the incident's services each reaches, then by the nearer time, then by key";
        return $"{standing}; {when}{source}{tie}";
    }

    internal static string Ago(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1)) return $"{span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
        var minutes = (int)Math.Floor(span.TotalMinutes);
        return minutes < 60 ? $"{minutes} min" : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
    }

    private sealed record Candidate(CandidateChange Change, RadiusKind? Kind, IReadOnlyList<RadiusMembership> Members, TimeSpan BeforeStart)
    {
        public int Tier => Kind is { } kind ? (int)kind : OutsideTier;

        public long Minute => (long)Math.Floor(BeforeStart.TotalMinutes);

        public static Candidate Of(CandidateChange change, IReadOnlySet<string> services, DateTimeOffset start)
        {
            var members = change.Radius.Where(m => services.Contains(m.Service)).OrderBy(m => m.Kind).ToList();
            return new Candidate(change, members.Count == 0 ? null : members[0].Kind, members, start - change.AppliedAt);
        }
    }
}
