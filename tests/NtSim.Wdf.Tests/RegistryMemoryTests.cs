using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfRegistryAssignMemory and WdfRegistryQueryMemory: values written from and read into WDFMEMORY.</summary>
public sealed class RegistryMemoryTests
{
    [Fact]
    public void AssignMemoryWindow_ThenQueryMemory_TheBytesTheTypeAndTheLength()
    {
        using var machine = MachineAssert.Boot(seed: 171);
        var statuses = new List<NTSTATUS>();
        (byte[] Data, ulong Size, uint Type) read = default;
        HardwareProbe.Create("regmem", new HardwareProbe
        {
            OnAdd = d =>
            {
                statuses.Add(WdfDriverOpenParametersRegistryKey(WdfDeviceGetDriver(d), KEY_ALL_ACCESS, WDF_NO_OBJECT_ATTRIBUTES, out var key));
                WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 8, out var source, out var buffer);
                new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }.CopyTo(buffer.AsSpan(8));
                statuses.Add(WdfRegistryAssignMemory(key, "Blob", REG_BINARY, source, new WDFMEMORY_OFFSET { BufferOffset = 2, BufferLength = 3 }));
                statuses.Add(WdfRegistryAssignMemory(key, "Bad", REG_BINARY, source, new WDFMEMORY_OFFSET { BufferOffset = 6, BufferLength = 3 }));
                statuses.Add(WdfRegistryQueryMemory(key, "Blob", PagedPool, WDF_NO_OBJECT_ATTRIBUTES, out var memory, out var type));
                var data = WdfMemoryGetBuffer(memory, out var size);
                read = (data.AsReadOnlySpan((int)size).ToArray(), size, type);
                statuses.Add(WdfRegistryQueryMemory(key, "Missing", PagedPool, WDF_NO_OBJECT_ATTRIBUTES, out var none, out _));
                statuses.Add(none.Target is null ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL);
                WdfObjectDelete(memory);
                WdfObjectDelete(source);
                WdfRegistryClose(key);
            },
        });

        HardwareProbe.Install(machine, "regmem", @"root\regmem");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_INTEGER_OVERFLOW, STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND, STATUS_SUCCESS], statuses);
        Assert.Equal(new byte[] { 3, 4, 5 }, read.Data);
        Assert.Equal((3ul, REG_BINARY), (read.Size, read.Type));
    }
}
