using System.Text;

namespace NtSim.Setup;

/// <summary>
/// The store's index file: one line per package, <c>published-name TAB inf-name TAB architecture
/// TAB folder-name</c>, under a header line. It is replaced whole (written to a temporary file,
/// flushed, moved over the old one) so a crash leaves the old index or the new one, never half of one.
/// </summary>
internal static class DriverStoreIndex
{
    internal const string FileName = "DriverStore.index";
    private const string Header = "; NtSim driver store index, version 1";

    internal sealed record Entry(string PublishedName, string OriginalName, string Architecture, string FolderName);

    internal static List<Entry> Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DriverStoreException(Win32Error.ERROR_INVALID_DATA, $"{path}: the driver store index cannot be read: {e.Message}", e);
        }

        if (lines.Length == 0 || lines[0] != Header)
        {
            throw Damaged(path, 1, $"the first line is not '{Header}'");
        }

        var entries = new List<Entry>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != 4 || fields.Any(f => f.Length == 0))
            {
                throw Damaged(path, i + 1, "expected published-name, INF name, architecture and folder separated by tabs");
            }

            if (PublishedNames.NumberOf(fields[0]) is null)
            {
                throw Damaged(path, i + 1, $"'{fields[0]}' is not an oem<N>.inf name");
            }

            if (!names.Add(fields[0]))
            {
                throw Damaged(path, i + 1, $"{fields[0]} appears twice");
            }

            if (fields[3].IndexOfAny(['/', '\\']) >= 0 || fields[3] is "." or ".."
                || !fields[3].StartsWith(fields[1] + "_" + fields[2] + "_", StringComparison.OrdinalIgnoreCase))
            {
                throw Damaged(path, i + 1, $"'{fields[3]}' is not a folder name for {fields[1]} on {fields[2]}");
            }

            entries.Add(new Entry(fields[0], fields[1], fields[2], fields[3]));
        }

        return entries;
    }

    internal static void Save(string path, IEnumerable<Entry> entries)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var entry in entries)
        {
            text.Append(entry.PublishedName).Append('\t').Append(entry.OriginalName).Append('\t')
                .Append(entry.Architecture).Append('\t').Append(entry.FolderName).Append('\n');
        }

        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text.ToString()));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    internal static DriverStoreException Damaged(string path, int line, string what)
        => new(Win32Error.ERROR_INVALID_DATA, $"{path}({line}): the driver store index is damaged: {what}.");
}
