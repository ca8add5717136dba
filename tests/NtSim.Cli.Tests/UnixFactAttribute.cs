namespace NtSim.Cli.Tests;

/// <summary>A fact that needs Unix files (devices, FIFOs): reported Skipped on Windows, never passed silently.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix device files and FIFOs";
        }
    }
}
