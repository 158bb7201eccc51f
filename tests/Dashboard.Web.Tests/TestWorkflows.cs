using System.Security.Cryptography;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests;

/// <summary>The application layer's workflows and queries on the test's database, registered as the host registers them.</summary>
internal static class TestWorkflows
{
    public static IServiceCollection AddTestWorkflows(this IServiceCollection services) =>
        services.AddSingleton(new AuditKey(RandomNumberGenerator.GetBytes(AuditKey.MinimumBytes))).AddDashboardWorkflows();
}
