namespace Dashboard.Analysis.Files;

// Folders where another file system is mounted, from /proc/self/mountinfo (Linux). A walk stays on the file system it
// started on: /proc, /sys, network shares and other disks mounted inside a tree are not entered. Elsewhere the set is
// empty; Windows mount points and junctions are reparse points, which the walker never follows anyway.
internal static class MountPoints
{
    private const string MountInfo = "/proc/self/mountinfo";

    public static IReadOnlySet<string> Read()
    {
        var points = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(MountInfo))
                return points;
            foreach (var line in File.ReadLines(MountInfo))
            {
                // "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw": the fifth field is the mount point.
                var fields = line.Split(' ');
                if (fields.Length > 4)
                    points.Add(Unescape(fields[4]));
            }
        }
        catch (IOException)
        {
            // Without the table the walk still never follows links; it only cannot tell mounts apart.
        }
        return points;
    }

    // Spaces, tabs, newlines and backslashes are written as octal escapes (\040).
    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
            return field;
        var builder = new System.Text.StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length
                && IsOctal(field[i + 1]) && IsOctal(field[i + 2]) && IsOctal(field[i + 3]))
            {
                builder.Append((char)(((field[i + 1] - '0') * 64) + ((field[i + 2] - '0') * 8) + (field[i + 3] - '0')));
                i += 3;
            }
            else
            {
                builder.Append(field[i]);
            }
        }
        return builder.ToString();
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';
}
