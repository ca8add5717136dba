using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A DDInstall.CoInstallers section: AddReg sections (that register the co-installer DLLs) and the
/// files its CopyFiles directives copy ("INF DDInstall.CoInstallers Section").
/// </summary>
[DebuggerDisplay("[{Section.Name,nq}] {Files.Count} file(s)")]
public sealed class InfCoInstallers
{
    internal InfCoInstallers(InfDocument document, InfSection section)
    {
        Section = section;
        AddReg = InfInstall.Names(section, "AddReg");
        CopyFiles = InfInstall.Names(section, "CopyFiles");
        Files = InfCopyFiles.Resolve(document, section);
    }

    /// <summary>The DDInstall.CoInstallers section.</summary>
    public InfSection Section { get; }

    /// <summary>The names of the add-registry sections its AddReg directives list.</summary>
    public IReadOnlyList<string> AddReg { get; }

    /// <summary>The names its CopyFiles directives list (file-list sections or @file).</summary>
    public IReadOnlyList<string> CopyFiles { get; }

    /// <summary>The files the CopyFiles directives copy, with their destinations.</summary>
    public IReadOnlyList<InfCopyFile> Files { get; }
}
