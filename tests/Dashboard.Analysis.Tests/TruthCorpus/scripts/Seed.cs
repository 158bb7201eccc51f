// A loose script next to the services, run with `dotnet run Seed.cs`; no project holds it.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
Console.WriteLine(configuration["Seed:Target"]);
