using System.Security.Cryptography;
using Dashboard.Application.Persistence;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Persistence;

/// <summary>The application layer's ports on a test database, composed as the host composes them.</summary>
internal static class TestWorkflows
{
    public static readonly AuditKey Key = new(RandomNumberGenerator.GetBytes(AuditKey.MinimumBytes));

    public static IUnitOfWorkFactory Units(IDbContextFactory<DashboardDbContext> contexts) => new EfUnitOfWorkFactory(contexts, new AuditWriter(Key));
}
