using Reporting.Legacy;

public static class Program
{
    public static void Main(string[] args)
    {
        Host.CreateDefaultBuilder(args)
            .ConfigureAppConfiguration((context, config) =>
            {
                var built = config.Build();
                config.AddAzureAppConfiguration(options => options
                    .Connect(built["ConnectionStrings:AppConfig"])
                    .Select(KeyFilter.Any, context.HostingEnvironment.EnvironmentName)
                    .ConfigureRefresh(refresh => refresh.Register("Reporting:Sentinel", context.HostingEnvironment.EnvironmentName, true)));
            })
            .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
            .Build()
            .Run();
    }
}
