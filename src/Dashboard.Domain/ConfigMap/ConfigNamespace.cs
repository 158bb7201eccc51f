namespace Dashboard.Domain.ConfigMap;

/// <summary>A key namespace, the services that use its keys, and whether it is shared across owning teams.</summary>
public sealed record ConfigNamespace(string Name, int KeyCount, IReadOnlyList<string> Services, IReadOnlyList<string> OwnerTeams)
{
    /// <summary>The story's first factor: one namespace, several owners, no isolation.</summary>
    public bool SharedAcrossOwners => OwnerTeams.Count > 1;
}
