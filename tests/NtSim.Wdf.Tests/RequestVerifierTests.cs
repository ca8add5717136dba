using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Win32;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>The verifier's checks on completed requests.</summary>
public sealed class RequestVerifierTests
{
    [Fact]
    public void CompleteWithInformationPastTheBuffer_WithVerifier_IsInformationLengthMismatch()
    {
        using var machine = MachineAssert.Boot();
        KmdfRig.InstallRootDevice<OverreportingDriver>(machine, "overreport");

        var app = machine.StartProcess("reader", _ => Read());
        var run = app.WaitForExit();

        var globals = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "overreport");
        MachineAssert.BugCheck(machine, run, WDF_VIOLATION, Wdf.WDF_REQUEST_FATAL_ERROR, Wdf.WDF_REQUEST_FATAL_ERROR_INFORMATION_LENGTH_MISMATCH,
            OverreportingDriver.LastRequest, globals.Address);
    }

    [Fact]
    public void CompleteWithInformationPastTheBuffer_WithoutVerifier_CompletesTheRead()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.None });
        KmdfRig.InstallRootDevice<OverreportingDriver>(machine, "overreport");

        var app = machine.StartProcess("reader", _ => Read());

        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal(0, app.ExitCode);
    }

    private static int Read()
    {
        var name = KmdfRig.FirstInterface(OverreportingDriver.Interface)!;
        var h = CreateFile(name, GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
        if (h == INVALID_HANDLE_VALUE)
        {
            return 1;
        }

        var buffer = new byte[8];
        ReadFile(h, buffer, (uint)buffer.Length, out _, null);
        CloseHandle(h);
        return 0;
    }
}
