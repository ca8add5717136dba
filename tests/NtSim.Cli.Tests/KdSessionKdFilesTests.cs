using NtSim.Cli.Kd;

namespace NtSim.Cli.Tests;

/// <summary>The console's part in driver replacement: the map file of _NT_KD_FILES loaded when the machine boots, and
/// the debugger's own lines (KD: Accessing ...) printed as a driver file is sent.</summary>
public sealed class KdSessionKdFilesTests
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    [Fact]
    public void Booted_WithAMapFile_LoadsIt_AndTheNextStartOfTheServicePrintsTheFileSent()
    {
        var folder = Directory.CreateTempSubdirectory("ntsim-kdsession-");
        try
        {
            var fixedBuild = Path.Combine(s_drivers, "fixed", "Mender.dll");
            var map = Path.Combine(folder.FullName, "mender.ini");
            File.WriteAllText(map, $"map\nmender\n{fixedBuild}\n");
            var output = new StringWriter { NewLine = "\n" };
            var session = new KdSession(new StringReader(""), output, null, echo: true, terminal: false, kdFiles: map);
            using var machine = Machine.Boot(new MachineOptions { Seed = 5, Verifier = VerifierFlags.None, KernelDebugging = KernelDebugging.Attached });

            session.Booted(machine);
            machine.Services.Create("Mender", Path.Combine(s_drivers, "Mender.dll"));
            Assert.Equal(RunStatus.Completed, machine.Services.Start("Mender"));

            var text = output.ToString();
            var size = (new FileInfo(fixedBuild).Length + 1023) / 1024;
            Assert.EndsWith($"KD file associations loaded from '{map}'\nKD: Accessing '{fixedBuild}' ({Path.Combine(s_drivers, "Mender.dll")})\n  File size {size}K\n",
                text, StringComparison.Ordinal);
            Assert.True(machine.Services.Stop("Mender").IsClean, "the fixed build frees its block");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
