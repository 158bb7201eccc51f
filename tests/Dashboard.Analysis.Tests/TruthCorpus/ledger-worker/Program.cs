using Ledger.Worker.Jobs;

var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(builder.Configuration["AppConfig:ConnectionString"])
    .Select(LedgerKeys.Namespace)
    .Select("Shared:Ledger:*")
    .ConfigureRefresh(refresh => refresh.Register(LedgerKeys.Sentinel, refreshAll: true)));
builder.Services.AddAzureAppConfiguration();
builder.Services.AddHostedService<ReconcileJob>();
builder.Services.AddSingleton<LedgerConnection>();

var host = builder.Build();
var startupConfiguration = host.Services.GetRequiredService<IConfiguration>();
Console.WriteLine($"Ledger worker for {startupConfiguration["Ledger:Region"]}");
host.Run();
