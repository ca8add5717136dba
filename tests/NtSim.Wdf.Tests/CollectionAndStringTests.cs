using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

public sealed class CollectionAndStringTests
{
    [Fact]
    public void WdfCollection_AddGetRemove_KeepsOrderAndHoldsAReferenceOnEachItem()
    {
        using var machine = MachineAssert.Boot(seed: 31);
        var context = ObjectsRig.Start(machine, nameof(WdfCollection_AddGetRemove_KeepsOrderAndHoldsAReferenceOnEachItem), new ObjectsScenario
        {
            OnIoctl = (queue, request, c) =>
            {
                c.Statuses.Add(WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, out var collection));
                WdfStringCreate("a", WDF_NO_OBJECT_ATTRIBUTES, out var a);
                WdfStringCreate("b", WDF_NO_OBJECT_ATTRIBUTES, out var b);
                WdfStringCreate("c", WDF_NO_OBJECT_ATTRIBUTES, out var s3);
                c.Statuses.Add(WdfCollectionAdd(collection, a));
                c.Statuses.Add(WdfCollectionAdd(collection, b));
                c.Statuses.Add(WdfCollectionAdd(collection, s3));
                var fxA = ((WDFOBJECT)a).Target!;
                c.Events.Add($"count {WdfCollectionGetCount(collection)}, references on a {fxA.References}");
                c.Events.Add($"first {Text(WdfCollectionGetFirstItem(collection))} item 1 {Text(WdfCollectionGetItem(collection, 1))} last {Text(WdfCollectionGetLastItem(collection))} item 3 {WdfCollectionGetItem(collection, 3)}");
                WdfCollectionRemove(collection, b);
                WdfCollectionRemoveItem(collection, 0);
                c.Events.Add($"count {WdfCollectionGetCount(collection)}, first {Text(WdfCollectionGetFirstItem(collection))}, references on a {fxA.References}");
                WdfObjectDelete(collection);
                WdfStringGetUnicodeString(s3, out var left);
                c.Events.Add($"after the collection's deletion the item lives: {left}");
                WdfObjectDelete(a);
                WdfObjectDelete(b);
                WdfObjectDelete(s3);
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS], context.Statuses);
        Assert.Equal(
        [
            "count 3, references on a 2", "first a item 1 b last c item 3 NULL", "count 1, first c, references on a 1",
            "after the collection's deletion the item lives: c",
        ], context.Events);
    }

    [Fact]
    public void WdfCollectionRemoveItem_PastTheEnd_IsReportedAndChangesNothing()
    {
        using var machine = MachineAssert.Boot(seed: 32);
        var context = ObjectsRig.Start(machine, nameof(WdfCollectionRemoveItem_PastTheEnd_IsReportedAndChangesNothing), new ObjectsScenario
        {
            OnIoctl = (queue, request, c) =>
            {
                WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, out var collection);
                WdfCollectionAdd(collection, queue);
                WdfCollectionRemoveItem(collection, 5);
                c.Counter = (int)WdfCollectionGetCount(collection);
                WdfObjectDelete(collection);
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal(1, context.Counter);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.Contains("WDF detected potentially invalid operation", StringComparison.Ordinal));
    }

    [Fact]
    public void WdfDriverRetrieveVersionString_AndIsVersionAvailable_Say133()
    {
        using var machine = MachineAssert.Boot(seed: 33);
        var context = ObjectsRig.Start(machine, nameof(WdfDriverRetrieveVersionString_AndIsVersionAvailable_Say133), new ObjectsScenario
        {
            OnAdd = (device, queue, c) =>
            {
                var driver = WdfDeviceGetDriver(device);
                WdfStringCreate(null, WDF_NO_OBJECT_ATTRIBUTES, out var version);
                c.Statuses.Add(WdfDriverRetrieveVersionString(driver, version));
                WdfStringGetUnicodeString(version, out var text);
                c.Events.Add(text.ToString());
                foreach (var (major, minor) in new[] { (1u, 33u), (1u, 9u), (1u, 35u), (2u, 0u) })
                {
                    WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(out var parameters, major, minor);
                    c.Events.Add($"{major}.{minor} {WdfDriverIsVersionAvailable(driver, parameters)}");
                }

                WdfObjectDelete(version);
            },
        });

        Assert.Equal([STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["Kernel Mode Driver Framework (verifier on) version 1.33.0", "1.33 True", "1.9 True", "1.35 False", "2.0 False"], context.Events);
    }

    [Fact]
    public void WdfStringGetUnicodeString_CollectionHandle_BugChecksInvalidHandleWithStringType()
    {
        using var machine = MachineAssert.Boot(seed: 34);
        const string service = nameof(WdfStringGetUnicodeString_CollectionHandle_BugChecksInvalidHandleWithStringType);
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnIoctl = (queue, request, c) =>
            {
                WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, out var collection);
                c.Objects["collection"] = collection;
                WdfStringGetUnicodeString((WDFSTRING)(WDFOBJECT)collection, out _);
            },
        });

        var status = ObjectsRig.Ioctl(machine);
        var handle = ((WDFCOLLECTION)context.Objects["collection"]).Value;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_HANDLE, handle, 0x1007, ObjectsRig.Globals(machine, service).Address);
    }

    private static string Text(WDFOBJECT item)
    {
        WdfStringGetUnicodeString((WDFSTRING)item, out var text);
        return text.ToString();
    }
}
