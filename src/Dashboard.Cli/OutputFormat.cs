namespace Dashboard.Cli;

/// <summary>How <c>blast-radius</c> prints: a summary for people, Markdown for a pull-request comment, or JSON for tools.</summary>
public enum OutputFormat
{
    Text,
    Markdown,
    Json,
}
