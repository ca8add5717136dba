namespace NtSim.Debugger.Tests;

/// <summary>!drvobj on a KMDF driver: its dispatch routines are the framework's (Wdf01000!FxDevice::DispatchWithLock),
/// as KMDF sets every major function of the client's driver object to its own dispatcher.</summary>
public sealed class KmdfDispatchTests
{
    [Fact]
    public void DrvObj_KmdfDriver_DispatchRoutinesAreTheFrameworks()
    {
        using var machine = WdfRig.BootWithHeldWrite();
        ExpectedText.Matches("Devices/drvobj_echo_2", new KernelDebugger(machine).Execute("!drvobj ECHO 2"));
    }
}
