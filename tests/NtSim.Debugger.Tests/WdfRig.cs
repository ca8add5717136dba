using NtSim.Samples.Echo;
using static NtSim.Win32;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>The KMDF echo sample (AutoSync) on a root device, with one write held by the driver: EchoEvtIoWrite
/// keeps the request for its 2-second timer, and the machine is driven only until it is idle (the client
/// waits in WriteFile, nothing runs before the timer is due), so the request is still pending.</summary>
internal static class WdfRig
{
    internal const string Service = "ECHO";

    // GUID_DEVINTERFACE_ECHO (samples/Echo/Public/EchoPublic.cs, internal to the sample).
    private static readonly Guid s_echoInterface = new("cdc35b6e-0be4-4936-bf5f-5537380a7c1a");

    internal static Machine BootWithHeldWrite()
    {
        var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = 14 });
        machine.Services.Install<EchoDriver>(Service);
        machine.Pnp.CreateRootDevice(Service, [@"root\ECHO"], service: Service);
        machine.StartProcess("echowrite", _ => WriteOnce());
        Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());
        return machine;
    }

    private static int WriteOnce()
    {
        var name = FirstInterface(s_echoInterface);
        if (name is null)
        {
            return 1;
        }

        var h = CreateFile(name, GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        if (h == INVALID_HANDLE_VALUE)
        {
            return 2;
        }

        var buffer = "echo this"u8.ToArray();
        return WriteFile(h, buffer, (uint)buffer.Length, out _, null) ? 0 : 100 + (int)GetLastError();
    }

    private static string? FirstInterface(in Guid interfaceClass)
    {
        if (CM_Get_Device_Interface_List_Size(out var length, interfaceClass, null, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS || length <= 1)
        {
            return null;
        }

        var buffer = new char[length];
        CM_Get_Device_Interface_List(interfaceClass, null, buffer, length, CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
        return new string(buffer).Split('\0')[0];
    }
}
