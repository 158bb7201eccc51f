namespace Dashboard.Domain.Catalog;

/// <summary>An environment changes flow through; <see cref="Rank"/> orders them (staging before production).</summary>
public sealed class DeploymentEnvironment
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsProduction { get; private set; }
    public int Rank { get; private set; }

    private DeploymentEnvironment() { }

    public DeploymentEnvironment(string name, int rank, bool isProduction)
    {
        Name = CatalogName.Validate(name, "environment");
        if (rank < 0) throw new DomainException($"Environment '{Name}' needs a rank of 0 or more (lower ranks come first).");
        Rank = rank;
        IsProduction = isProduction;
    }
}
