using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>A direct-call interface a test driver exposes, as a C driver puts INTERFACE first in its structure.</summary>
public sealed class ADDER_INTERFACE : INTERFACE
{
    public const ushort SizeOf = 0x28;

    public Func<int, int, int>? Add;
}

/// <summary>WdfDeviceAddQueryInterface and WdfFdoQueryForInterface: IRP_MN_QUERY_INTERFACE answered by the framework.</summary>
public sealed class QueryInterfaceTests
{
    private static readonly Guid Adder = new("0f3c2d1e-4b5a-4978-8c6d-5e4f3a2b1c0d");

    private static ADDER_INTERFACE Exposed(List<string> calls) => new()
    {
        Size = ADDER_INTERFACE.SizeOf,
        Version = 1,
        Context = "adder",
        InterfaceReference = c => calls.Add($"ref {c}"),
        InterfaceDereference = c => calls.Add($"deref {c}"),
        Add = (a, b) => a + b,
    };

    [Fact]
    public void QueryForInterface_AddedInterface_CopiedReferencedAndCallable()
    {
        using var machine = MachineAssert.Boot(seed: 181);
        var calls = new List<string>();
        var statuses = new List<NTSTATUS>();
        var caller = new ADDER_INTERFACE();
        HardwareProbe.Create("qiadd", new HardwareProbe
        {
            OnAdd = d =>
            {
                var exposed = Exposed(calls);
                WDF_QUERY_INTERFACE_CONFIG_INIT(out var config, exposed, Adder, (WDFDEVICE device, in Guid type, INTERFACE iface, object? data) =>
                {
                    calls.Add($"process {type == Adder} {ReferenceEquals(iface, caller)} {data}");
                    return STATUS_SUCCESS;
                });
                statuses.Add(WdfDeviceAddQueryInterface(d, config));
                exposed.Add = null;   // the framework kept its own copy
            },
            OnPrepareHardware = (d, raw, translated) =>
            {
                statuses.Add(WdfFdoQueryForInterface(d, Adder, caller, ADDER_INTERFACE.SizeOf, 1, "specific"));
                statuses.Add(WdfFdoQueryForInterface(d, Guid.NewGuid(), new ADDER_INTERFACE(), ADDER_INTERFACE.SizeOf, 1, null));
                statuses.Add(WdfFdoQueryForInterface(d, Adder, new ADDER_INTERFACE(), 0x20, 1, null));
                statuses.Add(WdfFdoQueryForInterface(d, Adder, new ADDER_INTERFACE(), ADDER_INTERFACE.SizeOf, 0, null));
                return STATUS_SUCCESS;
            },
        });

        HardwareProbe.Install(machine, "qiadd", @"root\qiadd");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_NOT_SUPPORTED, STATUS_INVALID_BUFFER_SIZE, STATUS_INVALID_BUFFER_SIZE], statuses);
        Assert.Equal(["process True True specific", "ref adder"], calls);
        Assert.Equal((ADDER_INTERFACE.SizeOf, (ushort)1, "adder"), (caller.Size, caller.Version, caller.Context));
        Assert.Equal(5, caller.Add!(2, 3));
        caller.InterfaceDereference!(caller.Context);
        Assert.Equal("deref adder", calls[^1]);
    }

    [Fact]
    public void QueryForInterface_CallbackFails_TheQueryFailsWithItsStatusAndNoReference()
    {
        using var machine = MachineAssert.Boot(seed: 182);
        var calls = new List<string>();
        NTSTATUS status = STATUS_SUCCESS;
        HardwareProbe.Create("qifail", new HardwareProbe
        {
            OnAdd = d =>
            {
                WDF_QUERY_INTERFACE_CONFIG_INIT(out var config, Exposed(calls), Adder, (WDFDEVICE device, in Guid type, INTERFACE iface, object? data) => STATUS_ACCESS_DENIED);
                WdfDeviceAddQueryInterface(d, config);
            },
            OnPrepareHardware = (d, raw, translated) =>
            {
                status = WdfFdoQueryForInterface(d, Adder, new ADDER_INTERFACE(), ADDER_INTERFACE.SizeOf, 1, null);
                return STATUS_SUCCESS;
            },
        });

        HardwareProbe.Install(machine, "qifail", @"root\qifail");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(STATUS_ACCESS_DENIED, status);
        Assert.Empty(calls);
    }

    [Fact]
    public void AddQueryInterface_BadConfigs_DocumentedStatuses()
    {
        using var machine = MachineAssert.Boot(seed: 183);
        var statuses = new List<NTSTATUS>();
        HardwareProbe.Create("qibad", new HardwareProbe
        {
            OnAdd = d =>
            {
                WDF_QUERY_INTERFACE_CONFIG_INIT(out var config, Exposed([]), Adder, null);
                config.Size = 0x28;
                statuses.Add(WdfDeviceAddQueryInterface(d, config));
                WDF_QUERY_INTERFACE_CONFIG_INIT(out config, Exposed([]), Adder, null);
                config.SendQueryToParentStack = true;
                statuses.Add(WdfDeviceAddQueryInterface(d, config));
                WDF_QUERY_INTERFACE_CONFIG_INIT(out config, Exposed([]), Adder, null);
                config.ImportInterface = true;
                statuses.Add(WdfDeviceAddQueryInterface(d, config));
                WDF_QUERY_INTERFACE_CONFIG_INIT(out config, new INTERFACE { Size = 0x10 }, Adder, null);
                statuses.Add(WdfDeviceAddQueryInterface(d, config));
                WDF_QUERY_INTERFACE_CONFIG_INIT(out config, null, Adder, null);
                statuses.Add(WdfDeviceAddQueryInterface(d, config));
            },
        });

        HardwareProbe.Install(machine, "qibad", @"root\qibad");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([STATUS_INFO_LENGTH_MISMATCH, STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER, STATUS_SUCCESS], statuses);
    }
}
