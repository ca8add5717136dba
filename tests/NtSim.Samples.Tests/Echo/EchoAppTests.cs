using NtSim.Samples.Echo;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Tests.Echo;

/// <summary>echoapp against both echo variants: the synchronous round trips (each request held
/// until the driver's timer completes it, in virtual time), -Async on an I/O completion port, and
/// a write over MAX_WRITE_LENGTH failing as the driver says.</summary>
public sealed class EchoAppTests : IDisposable
{
    private readonly EchoPackage _package = new();

    public void Dispose() => _package.Dispose();

    [Theory]
    [InlineData("AutoSync")]
    [InlineData("DriverSync")]
    public void EchoApp_Synchronous_512And30720ByteRoundTripsEachCompletedByTheTimer(string name)
    {
        var variant = EchoVariant.Named(name);
        using var machine = Machine.Boot(new MachineOptions { Seed = 1 });
        var instance = _package.Install(machine, variant);
        var start = machine.InterruptTime;

        var app = machine.RunClient("echoapp", EchoApp.Main);

        Assert.Equal(0, app.ExitCode);
        Assert.Equal(
            $"DevicePath: \\\\?\\{instance.Replace('\\', '#')}#{{cdc35b6e-0be4-4936-bf5f-5537380a7c1a}}\n"
            + "Opened device successfully\n"
            + "512 Pattern Bytes Written successfully\n"
            + "512 Pattern Bytes Read successfully\n"
            + "Pattern Verified successfully\n"
            + "30720 Pattern Bytes Written successfully\n"
            + "30720 Pattern Bytes Read successfully\n"
            + "Pattern Verified successfully\n",
            app.Output);
        // Four requests, each completed by a tick of the timer: at least three periods passed between the first and the last.
        Assert.Equal(4, Count(machine.DebugText(), "CustomTimerDPC Completing request"));
        Assert.True(machine.InterruptTime - start >= 3 * variant.TimerPeriod.Ticks, $"{TimeSpan.FromTicks(machine.InterruptTime - start)} of virtual time");
        EchoPackage.Remove(machine, instance, variant);
    }

    [Theory]
    [InlineData("AutoSync")]
    [InlineData("DriverSync")]
    public void EchoApp_Async20_TwentyWritesAndTwentyReadsCompleteOnThePort(string name)
    {
        var variant = EchoVariant.Named(name);
        using var machine = Machine.Boot(new MachineOptions { Seed = 1 });
        var instance = _package.Install(machine, variant);

        var app = machine.RunClient("echoapp", EchoApp.Main, "-Async", "20");

        Assert.True(app.ExitCode == 0, app.Output);
        var lines = app.Output.Split('\n');
        Assert.Equal(20, lines.Count(l => l.StartsWith("Number of bytes written by request number ", StringComparison.Ordinal) && l.EndsWith(" is 40960", StringComparison.Ordinal)));
        Assert.Equal(20, lines.Count(l => l.StartsWith("Number of bytes read by request number ", StringComparison.Ordinal)));
        EchoPackage.Remove(machine, instance, variant);
    }

    [Theory]
    [InlineData("AutoSync")]
    [InlineData("DriverSync")]
    public void WriteFile_OverMaxWriteLength_FailsWithTheErrorOfStatusBufferOverflow(string name)
    {
        var variant = EchoVariant.Named(name);
        using var machine = Machine.Boot(new MachineOptions { Seed = 1 });
        var instance = _package.Install(machine, variant);
        var written = uint.MaxValue;
        uint error = 0;
        var ok = true;

        var app = machine.RunClient("bigwrite", _ =>
        {
            var h = CreateFile(EchoPath(instance), GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            var buffer = new byte[EchoPublic.MAX_WRITE_LENGTH + 1];
            ok = WriteFile(h, buffer, (uint)buffer.Length, out written, null);
            error = GetLastError();
            CloseHandle(h);
            return 0;
        });

        Assert.Equal(0, app.ExitCode);
        Assert.False(ok);
        Assert.Equal(RtlNtStatusToDosError(STATUS_BUFFER_OVERFLOW), error);
        Assert.Equal(Win32Error.ERROR_MORE_DATA, error);
        Assert.Equal(0u, written);
        Assert.Contains("EchoEvtIoWrite Buffer Length to big 40961, Max is 40960", machine.DebugText());
        EchoPackage.Remove(machine, instance, variant);
    }

    /// <summary>The device interface's path as CM_Get_Device_Interface_List gives it.</summary>
    internal static string EchoPath(string instance) =>
        $"\\\\?\\{instance.Replace('\\', '#')}#{{{EchoPublic.GUID_DEVINTERFACE_ECHO}}}";

    internal static int Count(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
