namespace NtSim.Samples.Tests.Toaster;

/// <summary>The sample's INF files, and driver package folders built from them (the INF with the
/// driver assemblies of the test output beside it: a .sys the INF copies is its .dll here).</summary>
internal static class ToasterPackages
{
    /// <summary>samples/Toaster/inf/<paramref name="name"/>, found above the test output.</summary>
    public static string InfPath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "Toaster", "inf")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "samples", "Toaster", "inf", name);
    }

    /// <summary>A package folder under <paramref name="root"/> with the INF and the assemblies of
    /// <paramref name="drivers"/>; returns the INF's path in it.</summary>
    public static string Build(DirectoryInfo root, string infName, params string[] drivers)
    {
        var folder = root.CreateSubdirectory(Path.GetFileNameWithoutExtension(infName)).FullName;
        var inf = Path.Combine(folder, infName);
        File.Copy(InfPath(infName), inf);
        foreach (var driver in drivers)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, driver + ".dll"), Path.Combine(folder, driver + ".dll"));
        }

        return inf;
    }
}
