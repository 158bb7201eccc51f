namespace Dashboard.SampleFleet.Simulation;

/// <summary>
/// The card processor billing-api captures payments with: accepts every capture. It is outside the story's fault, so it
/// stays as simple as a loopback endpoint can be.
/// </summary>
internal static class PaymentGatewayStub
{
    public static WebApplication Build(int port, string contentRoot)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/captures", () => Results.Ok(new { status = "captured" }));
        app.MapGet("/health", () => Results.Ok());
        return app;
    }
}
