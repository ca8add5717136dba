using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// One file a CopyFiles directive copies: <c>CopyFiles=@name</c>, or a line of a file-list section
/// (<c>destination-file-name[,source-file-name][,unused][,flag]</c>, "INF CopyFiles Directive"), with
/// where [DestinationDirs] sends it.
/// </summary>
[DebuggerDisplay("{SourceName,nq} -> {DestinationPath,nq} (line {Line})")]
public sealed class InfCopyFile
{
    internal InfCopyFile(string destinationName, string sourceName, string? sectionName, InfDestination destination,
        uint flags, int line, int column)
    {
        DestinationName = destinationName;
        SourceName = sourceName;
        SectionName = sectionName;
        DestinationDirid = destination.Dirid;
        DestinationSubdirectory = destination.Subdirectory;
        Flags = flags;
        Line = line;
        Column = column;
    }

    /// <summary>The name the file gets in its destination directory.</summary>
    public string DestinationName { get; }

    /// <summary>The name of the file in the package (the destination name unless the line renames it).</summary>
    public string SourceName { get; }

    /// <summary>The file-list section that names the file; null for <c>CopyFiles=@name</c>.</summary>
    public string? SectionName { get; }

    /// <summary>The DIRID from [DestinationDirs] (12 = drivers, 13 = the driver store).</summary>
    public int DestinationDirid { get; }

    /// <summary>The subdirectory [DestinationDirs] gives after the DIRID, or "".</summary>
    public string DestinationSubdirectory { get; }

    /// <summary>The COPYFLG_* flags of a file-list line (0 for @name).</summary>
    public uint Flags { get; }

    /// <summary>The line that names the file (the file-list line, or the CopyFiles=@ line).</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the file's name on that line.</summary>
    public int Column { get; }

    /// <summary>The destination as a path, the well-known DIRIDs resolved (e.g. C:\Windows\System32\drivers\toaster.sys).</summary>
    public string DestinationPath
        => InfDirids.Resolve(DestinationSubdirectory.Length == 0
            ? $"%{DestinationDirid}%\\{DestinationName}"
            : $"%{DestinationDirid}%\\{DestinationSubdirectory}\\{DestinationName}");
}
