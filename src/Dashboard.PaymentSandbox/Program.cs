namespace Dashboard.PaymentSandbox;

/// <summary>
/// Standalone: <c>dotnet run --project src/Dashboard.PaymentSandbox [--PaymentSandbox:RequestsPerSecond=25] [--urls http://127.0.0.1:5190]</c>.
/// A named entry point, not top-level statements, so the host that references this project keeps the only <c>Program</c>.
/// </summary>
internal static class SandboxProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:5190");
        var options = new PaymentSandboxOptions();
        builder.Configuration.GetSection(PaymentSandboxOptions.SectionName).Bind(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await Console.Error.WriteLineAsync($"Cannot start: {problem}");
            return 2;
        }
        var app = PaymentSandboxApp.Build(builder, options);
        await app.InitializeAsync();
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"Payment sandbox is running at {string.Join(", ", app.Urls)} (state in {options.DatabasePath})"));
        await app.RunAsync();
        return 0;
    }
}
