using NtSim.Samples.Zero;
using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>A deterministic machine with Zero started and zerotest run (TotalRead 64, TotalWritten 1024), and a session
/// that loads the extensions built into &lt;output&gt;/extensions/ (the zero sample, testext, badinit).</summary>
internal sealed class ExtensionsRig : IDisposable
{
    internal ExtensionsRig()
    {
        Machine = TestMachine.Boot(options: new MachineOptions { Processors = 1, Seed = 14 });
        Zero = Machine.StartDriver<ZeroDriver>("Zero");
        Machine.RunClient(ZeroTest.Main);
        Kd = new KernelDebugger(Machine);
    }

    /// <summary>Where the test extensions are, with a trailing separator.</summary>
    internal static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "extensions") + Path.DirectorySeparatorChar;

    internal Machine Machine { get; }

    internal KernelDebugger Kd { get; }

    internal DRIVER_OBJECT Zero { get; }

    /// <summary>The path of the extension <paramref name="name"/> (<c>zero</c>, <c>testext</c>, <c>badinit</c>).</summary>
    internal static string PathOf(string name) => Folder + name + ".dll";

    /// <summary>Output with the extensions' folder written <c>&lt;extensions&gt;/</c>, so that expected files hold no machine path.</summary>
    internal static string Portable(string output) => output.Replace(Folder, "<extensions>/", StringComparison.Ordinal);

    internal static string Hex(ulong address) => address.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Kd.Execute(".unloadall");
        Machine.Dispose();
    }
}
