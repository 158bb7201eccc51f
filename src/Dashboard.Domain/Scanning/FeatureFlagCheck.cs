namespace Dashboard.Domain.Scanning;

/// <summary>How code depends on a feature flag (Microsoft.FeatureManagement).</summary>
public enum FeatureFlagCheck
{
    /// <summary><c>IsEnabledAsync("f")</c> on a feature manager or snapshot.</summary>
    IsEnabled,
    /// <summary><c>[FeatureGate("f", …)]</c> on a controller, action or page.</summary>
    FeatureGate,
    /// <summary><c>GetVariantAsync("f")</c>.</summary>
    Variant,
    /// <summary>The <c>&lt;feature name="f"&gt;</c> tag helper in a view.</summary>
    TagHelper,
    /// <summary><c>UseMiddlewareForFeature&lt;T&gt;("f")</c> or <c>UseForFeature("f", …)</c>.</summary>
    Middleware,
    /// <summary><c>AddForFeature&lt;TFilter&gt;("f")</c>: an MVC filter that runs only when the flag is on.</summary>
    Filter,
    /// <summary><c>WithVariantService&lt;T&gt;("f")</c>: the implementation is chosen by the flag's variant.</summary>
    VariantService,
}
