using System.Text;
using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Win32;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

public sealed class DriverAndDeviceTests
{
    [Fact]
    public void PnpDriver_StartsAndEchoesThroughSequentialQueue()
    {
        using var machine = MachineAssert.Boot(seed: 3);
        var path = KmdfRig.InstallRootDevice<EchoLikeDriver>(machine, "echolike");
        var node = machine.Pnp.Find(path)!;
        Assert.True(node.State == DeviceNodeState.DeviceNodeStarted, $"{node.State} problem {node.Problem} {string.Concat(machine.DebugOutput.Messages.Select(m => m.Text))} {string.Join("\n", FxLibrary.Of(machine).Clients.SelectMany(c => c.Log.Lines))}");

        var app = machine.StartProcess("echoapp", _ =>
        {
            var name = KmdfRig.FirstInterface(EchoLikeDriver.Interface)!;
            var h = CreateFile(name, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            if (h == INVALID_HANDLE_VALUE)
            {
                return 1;
            }

            var data = Encoding.ASCII.GetBytes("hello, framework");
            WriteFile(h, data, (uint)data.Length, out var written, null);
            var back = new byte[64];
            ReadFile(h, back, (uint)back.Length, out var read, null);
            CloseHandle(h);
            printf("%u %u %s\n", written, read, Encoding.ASCII.GetString(back, 0, (int)read));
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal("16 16 hello, framework\n", app.Output);
    }
}
