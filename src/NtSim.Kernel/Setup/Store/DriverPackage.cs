using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A driver package in the store: its published name (<c>oem0.inf</c>), the folder of FileRepository
/// that holds its files, and what its INF's [Version] says (pnputil /enum-drivers prints these).
/// </summary>
[DebuggerDisplay("{PublishedName,nq} ({OriginalName,nq}) in {Folder,nq}")]
public sealed class DriverPackage
{
    /// <summary>What pnputil /enum-drivers shows for a package without a signed catalog.</summary>
    public const string Unsigned = "(none)";

    internal DriverPackage(string publishedName, string originalName, string architecture, string folder,
        InfDocument document, IReadOnlyList<string> files, bool alreadyExists = false)
    {
        PublishedName = publishedName;
        OriginalName = originalName;
        Architecture = architecture;
        Folder = folder;
        Document = document;
        Files = files;
        AlreadyExists = alreadyExists;
    }

    /// <summary>oem&lt;N&gt;.inf: the name pnputil /delete-driver takes.</summary>
    public string PublishedName { get; }

    /// <summary>The INF's own file name (toastpkg.inf).</summary>
    public string OriginalName { get; }

    /// <summary>The architecture the package was staged for (amd64, x86, arm64).</summary>
    public string Architecture { get; }

    /// <summary>The full path of the package's folder, &lt;root&gt;\FileRepository\&lt;inf&gt;_&lt;arch&gt;_&lt;hash&gt;.</summary>
    public string Folder { get; }

    /// <summary>The folder's name (toastpkg.inf_amd64_3f1c0a...).</summary>
    public string FolderName => Path.GetFileName(Folder);

    /// <summary>The INF in the store.</summary>
    public string InfPath => Path.Combine(Folder, OriginalName);

    /// <summary>The store copy of the INF, parsed.</summary>
    public InfDocument Document { get; }

    /// <summary>The package's files, relative to <see cref="Folder"/>.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>[Version] Provider, or null.</summary>
    public string? Provider => Document.Version.Provider;

    /// <summary>[Version] Class, or null.</summary>
    public string? ClassName => Document.Version.Class;

    /// <summary>[Version] ClassGuid, or null.</summary>
    public Guid? ClassGuid => Document.Version.ClassGuid;

    /// <summary>DriverVer's date, or null.</summary>
    public DateOnly? DriverDate => Document.Version.DriverDate is { } date ? DateOnly.FromDateTime(date) : null;

    /// <summary>DriverVer's version, or null.</summary>
    public Version? DriverVersion => Document.Version.DriverVersion;

    /// <summary>NtSim checks no signatures: every package is unsigned.</summary>
    public string Signer => Unsigned;

    /// <summary>True when Add found the same contents already in the store ("Already exists in the system").</summary>
    public bool AlreadyExists { get; }

    /// <summary>
    /// The full path in the package of a driver file: <c>name.sys</c>, or <c>name.dll</c> when only the
    /// assembly is there (NtSim drivers are .NET assemblies); null when neither is in the package.
    /// </summary>
    public string? ResolveDriverFile(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        fileName = Path.GetFileName(fileName.Trim().Replace('\\', Path.DirectorySeparatorChar));
        var extension = Path.GetExtension(fileName);
        string[] candidates = extension.Length == 0 || extension.Equals(PackageContents.DriverExtension, StringComparison.OrdinalIgnoreCase)
            ? [Path.ChangeExtension(fileName, PackageContents.DriverExtension), Path.ChangeExtension(fileName, PackageContents.AssemblyExtension)]
            : [fileName];
        foreach (var candidate in candidates)
        {
            if (Files.FirstOrDefault(f => Path.GetFileName(f).Equals(candidate, StringComparison.OrdinalIgnoreCase)) is { } relative)
            {
                return Path.Combine(Folder, relative);
            }
        }

        return null;
    }

    internal DriverPackage AsAlreadyExisting()
        => new(PublishedName, OriginalName, Architecture, Folder, Document, Files, alreadyExists: true);

    /// <summary>N of oemN.inf (for ordering and for finding the lowest free number).</summary>
    internal int Number => PublishedNames.NumberOf(PublishedName) ?? int.MaxValue;

    /// <summary>"oemN.inf (original.inf, provider, date version)".</summary>
    public override string ToString() => $"{PublishedName} ({OriginalName}, {Provider}, {DriverDate:MM/dd/yyyy} {DriverVersion})";
}
