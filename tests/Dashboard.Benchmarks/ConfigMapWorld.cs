using System.Globalization;
using System.Text;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Benchmarks;

/// <summary>
/// A company-sized world for the config map: services in a catalog, one shared store holding the keys under the
/// production label, and a source tree where each service selects two namespaces, watches a sentinel and reads keys.
/// Deterministic for a seed.
/// </summary>
public sealed class ConfigMapWorld
{
    public const string Store = "fleet-config";
    public const string UserName = "bench-admin";
    public const string Password = "bench-password-2026";

    private readonly int _services;
    private readonly int _keys;
    private readonly int _namespaces;

    public ConfigMapWorld(int services, int keys)
    {
        _services = services;
        _keys = keys;
        _namespaces = Math.Max(1, services / 5);
    }

    public string Service(int i) => $"svc-{i:D4}";
    public string Namespace(int i) => $"ns{i:D3}";
    public string Key(int i) => $"{Namespace(i % _namespaces)}:Setting{i / _namespaces:D4}";

    /// <summary>Writes one project per service; returns the number of lines written.</summary>
    public int WriteSources(string root)
    {
        var lines = 0;
        for (var s = 0; s < _services; s++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, Service(s))).FullName;
            File.WriteAllText(Path.Combine(folder, Service(s) + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
            var code = Program(s);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), code);
            lines += code.Count(c => c == '\n');
        }
        return lines;
    }

    public async Task SeedAsync(IDbContextFactory<DashboardDbContext> factory, LocalAccountStore accounts)
    {
        await using var db = await factory.CreateDbContextAsync();
        CatalogRepository.AddTo(db, Catalog());
        db.LocalAccounts.Add(accounts.Create(UserName, "Benchmark Admin", Domain.Access.Roles.Admin, Password, isDemo: false));
        var stamp = new LocalChangeStamp("bench", DateTime.UtcNow, "bench-seed");
        for (var k = 0; k < _keys; k++)
        {
            var row = new LocalKeyValue(Store, Key(k), "production");
            row.Write(k % 50 == 0 ? "Server=tcp:db;Password=secret" : $"value-{k}", null, "{}", stamp with { ETag = $"e{k}" });
            db.LocalKeyValues.Add(row);
        }
        await db.SaveChangesAsync();
    }

    private ServiceCatalog Catalog()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
        for (var s = 0; s < _services; s++)
            catalog.AddService(new Service(Service(s), $"team-{s % 40:D2}", ServiceKind.Api, Lifecycle.Production));
        catalog.AddStore(new ConfigStore(Store, ConfigStoreKind.Local, null),
            new ConfigStoreBinding("staging", "staging"), new ConfigStoreBinding("production", "production"));
        return catalog;
    }

    private string Program(int s)
    {
        var own = Namespace(s % _namespaces);
        var shared = Namespace((s * 7 + 3) % _namespaces);
        var code = new StringBuilder();
        code.AppendLine("var builder = WebApplication.CreateBuilder(args);");
        code.AppendLine("builder.Configuration.AddAzureAppConfiguration(options => options");
        code.AppendLine("    .Connect(new Uri(builder.Configuration[\"AppConfig:Endpoint\"]!), new DefaultAzureCredential())");
        code.AppendLine(CultureInfo.InvariantCulture, $"    .Select(\"{own}:*\", builder.Environment.EnvironmentName)");
        code.AppendLine(CultureInfo.InvariantCulture, $"    .Select(\"{shared}:*\", builder.Environment.EnvironmentName)");
        code.AppendLine(CultureInfo.InvariantCulture, $"    .ConfigureRefresh(refresh => refresh.Register(\"{own}:Setting0000\", refreshAll: true)));");
        code.AppendLine("var app = builder.Build();");
        code.AppendLine("app.UseAzureAppConfiguration();");
        for (var r = 0; r < 10; r++)
            code.AppendLine(CultureInfo.InvariantCulture, $"var v{r} = app.Configuration[\"{own}:Setting{r:D4}\"];");
        code.AppendLine("app.Run();");
        return code.ToString();
    }
}
