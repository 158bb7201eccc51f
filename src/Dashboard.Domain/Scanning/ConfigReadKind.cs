namespace Dashboard.Domain.Scanning;

/// <summary>How code reads a configuration key.</summary>
public enum ConfigReadKind
{
    /// <summary><c>configuration["a:b"]</c>, also through <c>GetSection</c>.</summary>
    Indexer,
    /// <summary><c>GetValue&lt;T&gt;("a:b")</c>.</summary>
    GetValue,
    /// <summary><c>GetSection("a:b").Value</c>.</summary>
    SectionValue,
    /// <summary><c>GetConnectionString("x")</c>, which reads <c>ConnectionStrings:x</c>.</summary>
    ConnectionString,
}
