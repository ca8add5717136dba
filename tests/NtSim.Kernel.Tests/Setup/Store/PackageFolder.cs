namespace NtSim.Tests.Setup.Store;

/// <summary>A driver package being written on disk for a test: an INF and the files beside it.</summary>
internal sealed class PackageFolder
{
    internal PackageFolder(string parent, string name)
    {
        Path = System.IO.Path.Combine(parent, name);
        Directory.CreateDirectory(Path);
    }

    internal string Path { get; }

    /// <summary>Writes a file (bytes derived from its content string) and returns its full path.</summary>
    internal string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath.Replace('\\', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>
    /// A minimal toaster-like INF: one amd64 model whose install section copies <paramref name="copyFiles"/>
    /// (a CopyFiles value: @file or a section name); <paramref name="extra"/> adds sections.
    /// </summary>
    internal static string Inf(string copyFiles = "@toaster.sys", string extra = "", string driverVer = "09/21/2006,6.0.5736.1",
        string catalog = "toaster.cat")
        => $"""
            [Version]
            Signature = "$WINDOWS NT$"
            Class = TOASTER
            ClassGuid = {"{B85B7C50-6A01-11d2-B841-00C04FAD5171}"}
            Provider = %Prov%
            DriverVer = {driverVer}
            CatalogFile = {catalog}

            [DestinationDirs]
            DefaultDestDir = 13

            [Manufacturer]
            %Prov% = Toast, NTamd64

            [Toast.NTamd64]
            %Desc% = Toaster_Device, ROOT\Toaster

            [Toaster_Device.NT]
            CopyFiles = {copyFiles}

            [Toaster_Device.NT.Services]
            AddService = toaster, 0x00000002, Toaster_Service

            [Toaster_Service]
            ServiceType = 1
            StartType = 3
            ErrorControl = 1
            ServiceBinary = %13%\toaster.sys
            {extra}

            [Strings]
            Prov = "Contoso"
            Desc = "Contoso Toaster"
            """;
}
