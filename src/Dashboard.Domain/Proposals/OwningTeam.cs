namespace Dashboard.Domain.Proposals;

/// <summary>A team that owns services reading or reloading on the proposed key, with those services.</summary>
public sealed record OwningTeam(string Team, IReadOnlyList<string> Services)
{
    /// <summary>
    /// The owning teams of the services that read the key or reload on it (the radius's affected services), in the radius's order.
    /// Callers downstream are left out: their owners do not run the code that reads the value, and the readers' owners answer for
    /// what a reload does to them. A service the catalog gives no owner adds no team.
    /// </summary>
    public static IReadOnlyList<OwningTeam> Of(BlastRadiusSnapshot radius, IReadOnlyDictionary<string, string> ownerByService)
    {
        var teams = new List<(string Team, List<string> Services)>();
        foreach (var service in RadiusServices.Affected(radius))
        {
            if (!ownerByService.TryGetValue(service, out var owner) || string.IsNullOrWhiteSpace(owner)) continue;
            var team = owner.Trim();
            var index = teams.FindIndex(t => string.Equals(t.Team, team, StringComparison.OrdinalIgnoreCase));
            if (index < 0) teams.Add((team, [service]));
            else teams[index].Services.Add(service);
        }
        return [.. teams.Select(t => new OwningTeam(t.Team, t.Services))];
    }

    /// <summary>"payments (billing-api)".</summary>
    public override string ToString() => $"{Team} ({string.Join(", ", Services)})";
}
