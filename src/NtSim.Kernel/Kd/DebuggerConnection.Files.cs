using System.Globalization;

namespace NtSim;

public sealed partial class DebuggerConnection
{
    /// <summary>The debugger's driver replacement map (<c>.kdfiles</c>), asked before each driver image loads while a
    /// debugger is attached.</summary>
    public DriverReplacementMap Replacements { get; } = new();

    /// <summary>What the kernel debugger prints by itself while the machine runs, line by line: the
    /// <c>KD: Accessing ...</c> lines of a driver file sent for <c>.kdfiles</c>. The console prints them.</summary>
    public event Action<string>? Output;

    /// <summary>
    /// Before the machine loads the image named <paramref name="imageName"/> (the service's ImagePath) from
    /// <paramref name="hostPath"/>: with a debugger attached and a matching association, the new file is sent and
    /// written over the old one, as on Windows, so that it stays replaced after the debugger leaves. NtSim writes
    /// only files inside the machine (<paramref name="systemRoot"/>, where INF installs copy drivers): an image
    /// elsewhere on the host is not overwritten, the new file is loaded in its place for this load only. Returns
    /// the file to load (<paramref name="hostPath"/> when nothing is replaced).
    /// </summary>
    internal string ReplaceImage(string imageName, string hostPath, string systemRoot)
    {
        if (!Attached || Replacements.Find(imageName, hostPath) is not { } association)
        {
            return hostPath;
        }

        var newPath = HostPath(association.NewDriver);
        if (newPath is null || !File.Exists(newPath) || !NtSim.Setup.HostFile.IsRegular(newPath))
        {
            // The debugger cannot open the new file: the target loads its own (NtSim's line; KD says so only when verbose).
            Print($"KD: Unable to access '{association.NewDriver}' ({imageName}): there is no such file; the machine loads its own");
            return hostPath;
        }

        var size = new FileInfo(newPath).Length;
        // dbgeng's CreateKdFile: "KD: Accessing '<host file>' (<target name>)", then the size in K (rounded up).
        Print($"KD: Accessing '{newPath}' ({imageName})");
        Print(string.Create(CultureInfo.InvariantCulture, $"  File size {(size + 1023) / 1024}K"));
        if (!NtSim.Setup.PackagePaths.IsInside(systemRoot, hostPath))
        {
            return newPath;
        }

        try
        {
            Overwrite(newPath, hostPath);
            return hostPath;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Print($"KD: '{hostPath}' could not be overwritten ({e.Message}); the machine loads '{newPath}' this time");
            return newPath;
        }
    }

    /// <summary>Writes the new file over the old one through a temporary file beside it: a rename, so that an image
    /// of the old file still mapped keeps its own bytes.</summary>
    private static void Overwrite(string newPath, string oldPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(oldPath)!);
        var temporary = oldPath + ".kdfiles";
        File.Copy(newPath, temporary, overwrite: true);
        try
        {
            File.Move(temporary, oldPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>The new driver's host path: relative to the current folder, either slash a separator.</summary>
    private static string? HostPath(string name)
    {
        try
        {
            return Path.GetFullPath(Path.DirectorySeparatorChar == '/' ? name.Replace('\\', '/') : name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private void Print(string line) => Output?.Invoke(line);
}
