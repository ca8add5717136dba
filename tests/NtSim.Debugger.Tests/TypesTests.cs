namespace NtSim.Debugger.Tests;

/// <summary>dt for the kernel's types and a driver's own, with NtSim's values, in WinDbg's layout and words.</summary>
public sealed class TypesTests
{
    [Fact]
    public void Dt_KernelTypes_Layouts()
    {
        using var rig = new TypesRig();
        ExpectedText.Matches("types/layouts", rig.Kd.Execute("dt nt!_IRP; dt nt!_DEVICE_OBJECT; dt nt!_DRIVER_OBJECT; dt nt!_MDL; dt nt!_KEVENT; dt _LIST_ENTRY"));
    }

    [Fact]
    public void Dt_DeviceAndDriverObject_TheirValues()
    {
        using var rig = new TypesRig();
        var device = rig.Zero.DeviceObject!;

        var deviceOutput = rig.Kd.Execute($"dt nt!_DEVICE_OBJECT {TypesRig.Hex(device.ObjectAddress)}");
        // The driver object's address as dt printed it ("   +0x008 DriverObject     : 0xffffd000`00003690").
        var driver = deviceOutput.Split('\n').Single(l => l.Contains(" DriverObject ", StringComparison.Ordinal)).Split("0x")[^1];
        var output = deviceOutput + rig.Kd.Execute($"dt nt!_DRIVER_OBJECT {driver}");

        ExpectedText.Matches("types/zero-objects", output);
        Assert.Contains("_UNICODE_STRING \"\\Driver\\Zero\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dt_TypedExtension_ReadsTheDriversCounters()
    {
        using var rig = new TypesRig();
        var device = rig.Zero.DeviceObject!.ObjectAddress;

        var output = rig.Kd.Execute($"dt Zero!ZERO_DEVICE_EXTENSION {TypesRig.Hex(device)}+150");

        ExpectedText.Matches("types/zero-extension", output);
        Assert.Equal(output, rig.Kd.Execute($"dt Zero!ZERO_DEVICE_EXTENSION {TypesRig.Hex(device)}"));
    }

    [Fact]
    public void Dt_UnmanagedExtension_ReadFromItsBytes()
    {
        using var rig = new TypesRig();
        var extension = rig.Counter.DeviceObject!.DeviceExtension.Address;

        ExpectedText.Matches("types/counter-extension", rig.Kd.Execute($"dt Counter!COUNTER_EXTENSION; dt Counter!COUNTER_EXTENSION {TypesRig.Hex(extension)}"));
    }

    [Fact]
    public void Dt_ListEntry_FromMemory()
    {
        using var rig = new TypesRig();
        var extension = rig.Counter.DeviceObject!.DeviceExtension.Address;
        rig.Kd.Execute($"eq {TypesRig.Hex(extension + 0x20)} {TypesRig.Hex(extension + 0x20)} {TypesRig.Hex(extension + 0x20)}");

        var output = rig.Kd.Execute($"dt nt!_LIST_ENTRY {TypesRig.Hex(extension + 0x20)}");

        Assert.Equal($"   +0x000 Flink            : 0x{Engine.KdFormat.Pointer(extension + 0x20)}\n   +0x008 Blink            : 0x{Engine.KdFormat.Pointer(extension + 0x20)}\n", output);
    }

    [Fact]
    public void Dt_BadInput_WinDbgsWords()
    {
        using var rig = new TypesRig();
        ExpectedText.Matches("types/errors", rig.Kd.Execute("dt nt!_NOSUCH; dt Zero!NOSUCH_TYPE; dt Nosuch!X; dt nt!_IRP 0; dt nt!_IRP nosymbol; dt"));
    }
}
