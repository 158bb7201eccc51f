namespace Reporting.Legacy;

public class Startup
{
    public Startup(IConfiguration configuration) => Configuration = configuration;

    public IConfiguration Configuration { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAzureAppConfiguration();
        services.AddOptions<ExportOptions>().Bind(Configuration.GetSection("Reporting:Export"));
        var smtp = Configuration.GetSection("Reporting:Smtp").Get<SmtpSettings>();
        services.AddSingleton(smtp ?? new SmtpSettings());
        services.AddSingleton<ReportStore>();
        if (Configuration.GetValue<bool>("Reporting:EnableArchive"))
            services.AddHostedService<ArchiveJob>();
    }

    public void Configure(IApplicationBuilder app)
    {
        app.UseAzureAppConfiguration();
        app.UseEndpoints(endpoints => endpoints.MapGet("/reports/{id}", (string id, IConfiguration configuration) =>
            $"{configuration["Reporting:Title"]}: {id}"));
    }
}
