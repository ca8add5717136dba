namespace NtSim;

public sealed partial class MachineOptions
{
    private readonly WindowsVersion _windowsVersion = WindowsVersion.Newest;

    /// <summary>The Windows release the machine runs (<see cref="WindowsVersion"/>, Windows 7 to Windows 11):
    /// what RtlGetVersion and RtlVerifyVersionInfo report, and which DDIs MmGetSystemRoutineAddress finds.
    /// The newest by default.</summary>
    public WindowsVersion WindowsVersion
    {
        get => _windowsVersion;
        init => _windowsVersion = value ?? throw new ArgumentNullException(nameof(WindowsVersion), "MachineOptions.WindowsVersion must name a release, e.g. WindowsVersion.Windows10_1909.");
    }
}
