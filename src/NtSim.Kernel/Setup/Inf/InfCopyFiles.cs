namespace NtSim.Setup;

/// <summary>
/// Resolves the CopyFiles directives of a section: each value is <c>@file</c> (one file) or the name
/// of a file-list section whose lines name the files ("INF CopyFiles Directive").
/// </summary>
internal static class InfCopyFiles
{
    internal static List<InfCopyFile> Resolve(InfDocument document, InfSection section)
    {
        var files = new List<InfCopyFile>();
        foreach (var line in section.LinesWithKey("CopyFiles"))
        {
            foreach (var field in line.Fields)
            {
                var value = field.Value.Trim();
                if (value.Length == 0)
                {
                    continue;
                }

                if (value[0] == '@')
                {
                    var name = value[1..].Trim();
                    files.Add(new InfCopyFile(name, name, null, InfDestination.For(document, null), 0, line.Line, field.Column));
                    continue;
                }

                if (document.Section(value) is not { } list)
                {
                    continue;
                }

                var destination = InfDestination.For(document, list.Name);
                foreach (var entry in list.Lines.Where(l => l.Key is null && l.Fields.Count > 0 && l[0].Trim().Length > 0))
                {
                    var destinationName = entry[0].Trim();
                    var sourceName = entry[1].Trim();
                    files.Add(new InfCopyFile(destinationName, sourceName.Length > 0 ? sourceName : destinationName, list.Name,
                        destination, InfNumber.Parse(entry[3]) ?? 0, entry.Line, entry.Fields[0].Column));
                }
            }
        }

        return files;
    }

    /// <summary>The file-list sections a section's CopyFiles names that do not exist, with the line naming each.</summary>
    internal static IEnumerable<(string Name, InfLine Line)> MissingSections(InfDocument document, InfSection section)
        => section.LinesWithKey("CopyFiles")
            .SelectMany(l => l.Fields.Select(f => (Name: f.Value.Trim(), Line: l)))
            .Where(x => x.Name.Length > 0 && x.Name[0] != '@' && document.Section(x.Name) is null);
}
