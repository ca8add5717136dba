using System.Diagnostics;
using System.Globalization;

namespace NtSim.Setup;

/// <summary>
/// The driver store, as pnputil /add-driver, /delete-driver and /enum-drivers use it: each package's
/// files copied into &lt;root&gt;\FileRepository\&lt;inf&gt;_&lt;arch&gt;_&lt;hash&gt;\ and published as
/// oem&lt;N&gt;.inf, with an index in the root that a later DriverStore on the same folder reads back.
/// </summary>
[DebuggerDisplay("{Folder,nq}: {_packages.Count} package(s)")]
public sealed class DriverStore
{
    private readonly Lock _lock = new();
    private readonly List<DriverPackage> _packages = [];
    private readonly Func<DriverPackage, string?>? _inUse;

    /// <summary>Opens the store in <paramref name="folder"/> (created if missing) and reads its index.</summary>
    /// <param name="folder">The store's folder.</param>
    /// <param name="inUse">Returns why a package is in use (a device installed from it) or null; Delete refuses in-use packages.</param>
    public DriverStore(string folder, Func<DriverPackage, string?>? inUse = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        _inUse = inUse;
        Directory.CreateDirectory(RepositoryFolder);
        if (File.Exists(IndexPath))
        {
            foreach (var entry in DriverStoreIndex.Load(IndexPath))
            {
                _packages.Add(Open(entry));
            }
        }
    }

    /// <summary>The store's root folder.</summary>
    public string Folder { get; }

    /// <summary>&lt;root&gt;\FileRepository, which holds a folder per package.</summary>
    public string RepositoryFolder => Path.Combine(Folder, "FileRepository");

    /// <summary>The index file in the root.</summary>
    public string IndexPath => Path.Combine(Folder, DriverStoreIndex.FileName);

    /// <summary>The packages by published name (oem0.inf, oem1.inf ... oem10.inf).</summary>
    public IReadOnlyList<DriverPackage> Packages
    {
        get
        {
            lock (_lock)
            {
                return [.. _packages.OrderBy(p => p.Number)];
            }
        }
    }

    /// <summary>The package published as <paramref name="publishedName"/> (case-insensitive), or null.</summary>
    public DriverPackage? Find(string publishedName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedName);
        lock (_lock)
        {
            return _packages.FirstOrDefault(p => p.PublishedName.Equals(publishedName.Trim(), StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// Adds a package (pnputil /add-driver): parses the INF, gathers its catalog and the files its
    /// install sections copy for <paramref name="architecture"/>, copies them into the store and
    /// publishes the INF as the lowest free oem&lt;N&gt;.inf. The same contents added again give the
    /// existing package with <see cref="DriverPackage.AlreadyExists"/> set. On any error nothing is added.
    /// </summary>
    public DriverPackage Add(string infPath, string architecture = "amd64")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(infPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(architecture);
        infPath = Path.GetFullPath(infPath);
        architecture = architecture.Trim().ToLowerInvariant();
        if (!architecture.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"DriverStore.Add: architecture '{architecture}' is not a name such as amd64, x86 or arm64.", nameof(architecture));
        }

        if (!File.Exists(infPath))
        {
            throw new DriverStoreException(Win32Error.ERROR_FILE_NOT_FOUND, $"Cannot add '{infPath}': the file does not exist.");
        }

        var document = Parse(infPath, "Cannot add");
        InfStyle.Check(document, infPath);
        var files = PackageContents.Collect(document, infPath, architecture)
            .Select(f => (f.RelativePath, Contents: File.ReadAllBytes(f.SourcePath)))
            .ToList();
        var originalName = Path.GetFileName(infPath);
        var folderName = string.Create(CultureInfo.InvariantCulture,
            $"{originalName.ToLowerInvariant()}_{architecture}_{PackageHash.Of(files)}");

        lock (_lock)
        {
            if (_packages.FirstOrDefault(p => p.FolderName.Equals(folderName, StringComparison.OrdinalIgnoreCase)) is { } existing)
            {
                return existing.AsAlreadyExisting();
            }

            var folder = Path.Combine(RepositoryFolder, folderName);
            Stage(folder, files);
            var package = new DriverPackage(PublishedNames.Lowest(_packages), originalName, architecture, folder,
                Parse(Path.Combine(folder, originalName), "Cannot add"), [.. files.Select(f => f.RelativePath)]);
            _packages.Add(package);
            try
            {
                SaveIndex();
            }
            catch
            {
                _packages.Remove(package);
                Directory.Delete(folder, recursive: true);
                throw;
            }

            return package;
        }
    }

    /// <summary>
    /// Removes a package and its folder (pnputil /delete-driver oemN.inf). An unknown name is
    /// ERROR_FILE_NOT_FOUND; a package the store's or this call's <paramref name="inUse"/> reports in
    /// use is ERROR_INF_IN_USE_BY_DEVICES, as SetupUninstallOEMInf reports it without SUOI_FORCEDELETE.
    /// </summary>
    public void Delete(string publishedName, Func<DriverPackage, string?>? inUse = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedName);
        lock (_lock)
        {
            var package = _packages.FirstOrDefault(p => p.PublishedName.Equals(publishedName.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DriverStoreException(Win32Error.ERROR_FILE_NOT_FOUND,
                    $"Failed to delete driver package {publishedName.Trim()}: no package in {Folder} is published under that name.");
            if ((_inUse?.Invoke(package) ?? inUse?.Invoke(package)) is { } reason)
            {
                throw new DriverStoreException(SetupApiError.ERROR_INF_IN_USE_BY_DEVICES,
                    $"Failed to delete driver package {package.PublishedName} ({package.OriginalName}): {reason}");
            }

            _packages.Remove(package);
            try
            {
                SaveIndex();
            }
            catch
            {
                _packages.Add(package);
                throw;
            }

            // The index no longer names the folder: a folder left behind by a failed delete is only garbage.
            Directory.Delete(package.Folder, recursive: true);
        }
    }

    private void SaveIndex()
        => DriverStoreIndex.Save(IndexPath, _packages.OrderBy(p => p.Number)
            .Select(p => new DriverStoreIndex.Entry(p.PublishedName, p.OriginalName, p.Architecture, p.FolderName)));

    /// <summary>Writes the files into a temporary folder, then moves it to its name, so a failed copy leaves no package folder.</summary>
    private void Stage(string folder, List<(string RelativePath, byte[] Contents)> files)
    {
        var temporary = Path.Combine(RepositoryFolder, "~staging-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (relativePath, contents) in files)
            {
                var target = Path.Combine(temporary, relativePath);
                if (!PackagePaths.IsInside(temporary, target))
                {
                    throw new DriverStoreException(Win32Error.ERROR_INVALID_NAME, $"Cannot stage '{relativePath}': it is outside the package folder; nothing was added.");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, contents);
            }

            if (Directory.Exists(folder))
            {
                // Not in the index, so left over from an add or delete that did not finish.
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(temporary, folder);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private DriverPackage Open(DriverStoreIndex.Entry entry)
    {
        var folder = Path.Combine(RepositoryFolder, entry.FolderName);
        var infPath = Path.Combine(folder, entry.OriginalName);
        if (!File.Exists(infPath))
        {
            throw new DriverStoreException(Win32Error.ERROR_INVALID_DATA,
                $"{IndexPath}: the driver store index is damaged: {entry.PublishedName} names {infPath}, which does not exist.");
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var document = Parse(infPath, $"{IndexPath}: cannot open {entry.PublishedName}");
        return new DriverPackage(entry.PublishedName, entry.OriginalName, entry.Architecture, folder, document, files);
    }

    /// <summary>Parses an INF; errors name the file, line and column of the first of them.</summary>
    private static InfDocument Parse(string infPath, string failure)
    {
        var result = InfFile.Load(infPath);
        if (result.Document is { } document)
        {
            return document;
        }

        const int shown = 3;
        var first = string.Join("; ", result.Errors.Take(shown));
        var more = result.Errors.Count > shown ? $" (and {result.Errors.Count - shown} more)" : "";
        throw new DriverStoreException(SetupApiError.ERROR_GENERAL_SYNTAX,
            $"{failure} '{infPath}': the INF has {result.Errors.Count} error(s): {first}{more}");
    }
}
