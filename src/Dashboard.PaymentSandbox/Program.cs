using Dashboard.PaymentSandbox;

// Standalone: dotnet run --project src/Dashboard.PaymentSandbox [--PaymentSandbox:RequestsPerSecond=25] [--urls http://127.0.0.1:5190]
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
