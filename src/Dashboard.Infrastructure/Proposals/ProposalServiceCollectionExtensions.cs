using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Infrastructure.Proposals;

public static class ProposalServiceCollectionExtensions
{
    /// <summary>The change pipeline; it uses the blast-radius analysis when one is registered and records "not computed" otherwise;
    /// and the detector of changes made outside it.</summary>
    public static IServiceCollection AddProposalPipeline(this IServiceCollection services) =>
        services.AddSingleton<ProposalService>().AddSingleton<OutOfBandChangeDetector>();
}
