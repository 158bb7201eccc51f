using System.Globalization;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// The Sync-Tokens one store has handed out, per token id, keeping the highest sequence number.
/// Sending them back on every request makes the replica that answers catch up with our own last write.
/// </summary>
public sealed class SyncTokenStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, (string Value, long SequenceNumber)> _tokens = new(StringComparer.Ordinal);

    /// <summary>Takes a response's Sync-Token header: <c>id=value;sn=N</c>, several separated by commas.</summary>
    public void Update(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return;
        foreach (var token in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryParse(token, out var id, out var value, out var sequenceNumber))
                Keep(id, value, sequenceNumber);
        }
    }

    /// <summary>The request header value, <c>id=value,id2=value2</c>, or null before any token was seen.</summary>
    public string? HeaderValue()
    {
        lock (_gate)
        {
            return _tokens.Count == 0 ? null : string.Join(',', _tokens.Select(t => $"{t.Key}={t.Value.Value}"));
        }
    }

    private void Keep(string id, string value, long sequenceNumber)
    {
        lock (_gate)
        {
            if (!_tokens.TryGetValue(id, out var known) || sequenceNumber > known.SequenceNumber)
                _tokens[id] = (value, sequenceNumber);
        }
    }

    private static bool TryParse(string token, out string id, out string value, out long sequenceNumber)
    {
        id = value = "";
        sequenceNumber = 0;
        var parts = token.Split(';', StringSplitOptions.TrimEntries);
        var equals = parts[0].IndexOf('=');
        if (equals <= 0)
            return false;
        id = parts[0][..equals];
        // The value is base64 and may itself end in '='.
        value = parts[0][(equals + 1)..];
        foreach (var parameter in parts.Skip(1))
        {
            if (parameter.StartsWith("sn=", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(parameter.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var sn))
                sequenceNumber = sn;
        }
        return value.Length > 0;
    }
}
