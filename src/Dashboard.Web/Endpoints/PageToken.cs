using System.Text;
using Dashboard.Domain.ConfigStores;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The <c>after</c> token of a key-value page, in App Configuration's own form: base64 of "key\nlabel" of the last item
/// served. Pages follow the store's order (key, then label, ordinal; the null label first).
/// </summary>
internal static class PageToken
{
    public static string Write(ConfigSetting last) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.Key}\n{last.Label}"));

    public static bool TryRead(StringValues value, out (string Key, string Label)? after)
    {
        after = null;
        if (StringValues.IsNullOrEmpty(value))
            return true;
        var text = value.ToString();
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out var written))
            return false;
        var parts = Encoding.UTF8.GetString(bytes, 0, written).Split('\n', 2);
        if (parts.Length != 2)
            return false;
        after = (parts[0], parts[1]);
        return true;
    }

    public static int Compare(ConfigSetting setting, (string Key, string Label) after)
    {
        var byKey = string.CompareOrdinal(setting.Key, after.Key);
        return byKey != 0 ? byKey : string.CompareOrdinal(setting.Label ?? "", after.Label);
    }
}
