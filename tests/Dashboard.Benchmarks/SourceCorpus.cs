using System.Globalization;
using System.Text;

namespace Dashboard.Benchmarks;

/// <summary>
/// A fleet of C# services made from a fixed seed, as the scanner meets it in a monorepo: per service a project file,
/// a Program.cs that loads App Configuration (selectors, refresh, feature flags), registers HttpClients with Polly
/// retries and maps health checks, an options type, a connection with an <c>OnChange</c> reload handler, services
/// that read keys, and mostly ordinary business code.
/// </summary>
public sealed class SourceCorpus
{
    private static readonly string[] Teams =
        ["Billing", "Invoice", "Tax", "Payments", "Ledger", "Gateway", "Orders", "Shipping", "Identity", "Pricing"];

    private readonly Random _random;
    private readonly BusinessCodeWriter _business;

    public SourceCorpus(int seed, int serviceCount, int filesPerService, int averageLinesPerFile)
    {
        _random = new Random(seed);
        _business = new BusinessCodeWriter(_random);
        var files = new List<(string Path, string Text)>();
        for (var index = 0; index < serviceCount; index++)
            files.AddRange(Service(index, filesPerService, averageLinesPerFile));
        Files = files;
        Lines = files.Sum(f => (long)f.Text.Count('\n'));
    }

    /// <summary>Relative path (forward slashes) and text of every file, project files included.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; }

    public int SourceFileCount => Files.Count(f => f.Path.EndsWith(".cs", StringComparison.Ordinal));

    public long Lines { get; }

    public void WriteTo(string root)
    {
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private IEnumerable<(string, string)> Service(int index, int fileCount, int averageLines)
    {
        var team = Teams[index % Teams.Length];
        var name = $"{team.ToLowerInvariant()}-svc-{index:D3}";
        var ns = $"{team}.Svc{index:D3}";
        var section = $"{team}:Svc{index:D3}";
        int Lines() => averageLines / 2 + _random.Next(averageLines + 1);

        yield return ($"{name}/{name}.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n</Project>\n");
        yield return ($"{name}/Program.cs", Program(team, ns, section, Lines()));
        yield return ($"{name}/ServiceOptions.cs", Options(ns, Lines()));
        yield return ($"{name}/Data/StoreConnection.cs", Connection(ns, Lines()));
        for (var file = 3; file < fileCount; file++)
            yield return file % 3 == 0
                ? ($"{name}/Services/Reader{file}.cs", Reader(ns, section, file, Lines()))
                : ($"{name}/Domain/{_business.Noun()}Rules{file}.cs", Rules(ns, file, Lines()));
    }

    private string Program(string team, string ns, string section, int lines)
    {
        var label = _random.Next(3) == 0 ? "builder.Environment.EnvironmentName" : "LabelFilter.Null";
        var refresh = _random.Next(4) switch
        {
            0 => ".RegisterAll()",
            1 => $".Register(\"{section}:Sentinel\", refreshAll: true)",
            2 => $".Register(\"{section}:Sentinel\", refreshAll: true).Register(\"Shared:Maintenance\")",
            _ => $".Register(\"{section}:Timeout\")",
        };
        var retry = _random.Next(3) switch
        {
            0 => $".AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError().RetryAsync({_random.Next(1, 6)}))",
            1 => $".AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError().WaitAndRetryAsync({_random.Next(2, 6)}, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt))))",
            _ => ".AddStandardResilienceHandler()",
        };
        var health = _random.Next(2) == 0
            ? "app.MapHealthChecks(\"/health/live\", new HealthCheckOptions { Predicate = _ => false });\napp.MapHealthChecks(\"/health/ready\");"
            : "app.MapHealthChecks(\"/health\");";
        var code = new StringBuilder($$"""
            using Azure.Identity;
            using Microsoft.Extensions.Configuration.AzureAppConfiguration;
            using Polly;
            using Polly.Extensions.Http;
            using {{ns}};
            using {{ns}}.Data;

            var builder = WebApplication.CreateBuilder(args);

            builder.Configuration.AddAzureAppConfiguration(options => options
                .Connect(new Uri(builder.Configuration["AppConfig:Endpoint"]!), new DefaultAzureCredential())
                .Select("{{team}}:*", {{label}})
                .Select("Shared:*")
                .ConfigureRefresh(refresh => refresh
                    {{refresh}}
                    .SetRefreshInterval(TimeSpan.FromSeconds({{(_random.Next(3) + 1) * 30}})))
                .UseFeatureFlags(flags => flags.Select("{{team}}.*")));

            builder.Services.AddAzureAppConfiguration();
            builder.Services.AddFeatureManagement();
            builder.Services.Configure<ServiceOptions>(builder.Configuration.GetSection("{{section}}"));
            builder.Services.AddSingleton<StoreConnection>();
            builder.Services.AddHttpClient("downstream", client =>
                    client.BaseAddress = new Uri(builder.Configuration["Services:Downstream:BaseUrl"]!))
                {{retry}};
            builder.Services.AddHealthChecks()
                .AddSqlServer(builder.Configuration.GetConnectionString("Main")!, name: "main-db");

            var app = builder.Build();

            app.UseAzureAppConfiguration();
            {{health}}

            """);
        for (var endpoint = 0; BusinessCodeWriter.CountLines(code) < lines - 4; endpoint++)
            code.Append(CultureInfo.InvariantCulture, $$"""
                app.MapGet("/api/items/{id}/part{{endpoint}}", async (string id, StoreConnection store, CancellationToken cancellationToken) =>
                {
                    var item = await store.FindAsync(id, cancellationToken);
                    return item is null ? Results.NotFound() : Results.Ok(item);
                });

                """);
        code.Append("\napp.Run();\n");
        return code.ToString();
    }

    private string Options(string ns, int lines) => Class(ns, "", "public sealed class ServiceOptions", """
            public string ConnectionString { get; set; } = "";
            public int TimeoutSeconds { get; set; } = 30;
            public int BatchSize { get; set; } = 100;

        """, lines);

    private string Connection(string ns, int lines)
    {
        var handler = _random.Next(2) == 0
            ? """
                    options.OnChange(updated =>
                    {
                        _connection.Dispose();
                        _connection = new SqlConnection(updated.ConnectionString);
                        _connection.Open();
                    });
            """
            : """
                    options.OnChange(updated =>
                    {
                        var replacement = new SqlConnection(updated.ConnectionString);
                        replacement.Open();
                        var old = Interlocked.Exchange(ref _connection, replacement);
                        old.Dispose();
                    });
            """;
        return Class(ns + ".Data", "using Microsoft.Data.SqlClient;\nusing Microsoft.Extensions.Options;\n",
            "public sealed class StoreConnection : IDisposable", $$"""
                private SqlConnection _connection;

                public StoreConnection(IOptionsMonitor<ServiceOptions> options)
                {
                    _connection = new SqlConnection(options.CurrentValue.ConnectionString);
                    _connection.Open();
            {{handler}}
                }

                public Task<object?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult<object?>(id);

                public void Dispose() => _connection.Dispose();

            """, lines);
    }

    private string Reader(string ns, string section, int file, int lines) => Class(ns + ".Services", "using Microsoft.Extensions.Configuration;\n",
        $"public sealed class Reader{file}(IConfiguration configuration)", $$"""
            public string Endpoint => configuration["{{section}}:Endpoint{{file}}"] ?? "";
            public int Limit => configuration.GetValue<int>("{{section}}:Limits:Max{{file}}");
            public string Region => configuration.GetSection("Shared:Region").Value ?? "eu";
            public decimal Rate => configuration.GetValue<decimal>("tax.rate.default");

        """, lines);

    private string Rules(string ns, int file, int lines) =>
        Class(ns + ".Domain", "", $"public sealed class {_business.Noun()}Rules{file}", "", lines);

    private string Class(string ns, string usings, string declaration, string members, int lines)
    {
        var code = new StringBuilder($"{usings}\nnamespace {ns};\n\n{declaration}\n{{\n{members}");
        _business.AppendMethods(code, lines - 1);
        code.Append("}\n");
        return code.ToString();
    }
}
