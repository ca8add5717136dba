namespace NtSim.Setup;

/// <summary>
/// Where a package file sits relative to its INF: [SourceDisksFiles] <c>name = diskid[,subdir][,size]</c>
/// under the [SourceDisksNames] <c>diskid = description[,tag][,unused][,path]</c> path; the
/// <c>.architecture</c> sections come before the plain ones ("INF SourceDisksFiles Section").
/// </summary>
internal static class InfSourceDisks
{
    internal static string RelativePath(InfDocument document, string fileName, string architecture)
    {
        var entry = Entry(document, "SourceDisksFiles", fileName.Trim(), architecture);
        if (entry is null)
        {
            return fileName.Trim();
        }

        var disk = Entry(document, "SourceDisksNames", entry[0].Trim(), architecture);
        var parts = new[] { disk?[3] ?? "", entry[1] }
            .Select(p => p.Trim().Trim('\\', '/'))
            .Where(p => p.Length > 0 && p != ".")
            .Append(fileName.Trim());
        return string.Join('\\', parts);
    }

    private static InfLine? Entry(InfDocument document, string section, string key, string architecture)
        => document.Section($"{section}.{architecture}")?.LinesWithKey(key).FirstOrDefault()
            ?? document.Section(section)?.LinesWithKey(key).FirstOrDefault();
}
