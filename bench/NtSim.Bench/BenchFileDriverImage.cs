using System.Reflection;

namespace NtSim.Bench;

/// <summary>Where the build put bench/BenchFileDriver (&lt;output&gt;/drivers), and loading it as a
/// service, rewritten with probes or as it is.</summary>
internal static class BenchFileDriverImage
{
    public const string Win32Name = @"\\.\BenchFile";

    public static string Path
    {
        get
        {
            var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "drivers", "BenchFileDriver.dll");
            if (File.Exists(beside))
            {
                return beside;
            }

            var built = typeof(BenchFileDriverImage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "NtSimBenchDrivers").Value!;
            return System.IO.Path.Combine(built, "BenchFileDriver.dll");
        }
    }

    /// <summary>Creates and starts the service BenchFile from the driver's file (host side).</summary>
    public static RunStatus Start(Machine machine)
    {
        machine.Services.Create("BenchFile", Path);
        return machine.Services.Start("BenchFile");
    }
}
