using System.Buffers.Text;
using System.Security.Cryptography;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>What every change to a local key-value gets: a new random ETag, the time (UTC) and who made it.</summary>
public sealed record LocalChangeStamp(string ETag, DateTime UtcNow, string Actor)
{
    public static LocalChangeStamp New(TimeProvider time, string actor) =>
        // Random rather than a counter or hash: an ETag must never repeat, even after a delete and re-create.
        new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(20)), time.GetUtcNow().UtcDateTime, actor);
}
