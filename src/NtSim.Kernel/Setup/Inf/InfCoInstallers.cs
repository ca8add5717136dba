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

    public InfSection Section { get; }

    public IReadOnlyList<string> AddReg { get; }

    public IReadOnlyList<string> CopyFiles { get; }

    public IReadOnlyList<InfCopyFile> Files { get; }
}
