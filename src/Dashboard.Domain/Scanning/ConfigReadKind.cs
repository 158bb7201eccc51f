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
    /// <summary>A whole section: <c>GetSection("a").GetChildren()</c>, <c>.Exists()</c>, <c>.AsEnumerable()</c>.</summary>
    Section,
    /// <summary>An Azure Functions or WebJobs binding expression, <c>[TimerTrigger("%Schedule%")]</c>.</summary>
    BindingExpression,
    /// <summary>A Functions trigger or binding's <c>Connection = "x"</c>: the setting (or section) named x.</summary>
    ConnectionSetting,
}
