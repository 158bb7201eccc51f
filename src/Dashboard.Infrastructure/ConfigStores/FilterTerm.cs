namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>One name of a filter, unescaped: matched exactly, or as a prefix.</summary>
internal readonly record struct FilterTerm(string Text, bool IsPrefix);
