using Microsoft.AspNetCore.Builder;

namespace Dashboard.SampleFleet.Tests;

/// <summary>Starts one demo service from its own Program on a free port, as the fleet would, with the given settings.</summary>
internal static class ServiceHost
{
    public static async Task<WebApplication> StartAsync(Func<string[], WebApplication> build, IReadOnlyDictionary<string, string> settings)
    {
        string[] args =
        [
            "--environment=staging",
            "--urls=http://127.0.0.1:0",
            $"--contentRoot={Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "service-content-root")).FullName}",
            "--Logging:LogLevel:Default=None",
            .. settings.Select(s => $"--{s.Key}={s.Value}"),
        ];
        var app = build(args);
        await app.StartAsync();
        return app;
    }
}
