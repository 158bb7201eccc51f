namespace Storefront.Services;

public interface IRecommender
{
    IReadOnlyList<string> For(string customer);
}

public sealed class BetaBannerFilter;

public sealed class ThrottleMiddleware;
