using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

public sealed class RegistryTests
{
    [Fact]
    public void ParametersKey_AssignAndQuery_EveryValueKind_WithDocumentedStatuses()
    {
        using var machine = MachineAssert.Boot(seed: 41);
        const string service = nameof(RegistryTests) + "Values";
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnAdd = (device, queue, c) =>
            {
                c.Statuses.Add(WdfDriverOpenParametersRegistryKey(WdfDeviceGetDriver(device), KEY_ALL_ACCESS, WDF_NO_OBJECT_ATTRIBUTES, out var key));
                c.Statuses.Add(WdfRegistryAssignULong(key, "Count", 7));
                c.Statuses.Add(WdfRegistryQueryULong(key, "Count", out var count));
                c.Events.Add($"Count {count}");

                c.Statuses.Add(WdfRegistryAssignUnicodeString(key, "Name", "echo"));
                c.Statuses.Add(WdfRegistryQueryUnicodeString(key, "Name", out var byteLength));
                var text = new UNICODE_STRING { Buffer = new char[16], MaximumLength = 32 };
                c.Statuses.Add(WdfRegistryQueryUnicodeString(key, "Name", out _, ref text));
                c.Events.Add($"Name {byteLength} bytes \"{text}\"");
                c.Statuses.Add(WdfRegistryQueryULong(key, "Name", out _));

                WdfStringCreate("from a WDFSTRING", WDF_NO_OBJECT_ATTRIBUTES, out var source);
                c.Statuses.Add(WdfRegistryAssignString(key, "Label", source));
                WdfStringCreate(null, WDF_NO_OBJECT_ATTRIBUTES, out var label);
                c.Statuses.Add(WdfRegistryQueryString(key, "Label", label));
                WdfStringGetUnicodeString(label, out var labelText);
                c.Events.Add($"Label \"{labelText}\"");

                WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, out var strings);
                WdfCollectionAdd(strings, source);
                WdfCollectionAdd(strings, label);
                c.Statuses.Add(WdfRegistryAssignMultiString(key, "List", strings));
                WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, out var read);
                c.Statuses.Add(WdfRegistryQueryMultiString(key, "List", WDF_NO_OBJECT_ATTRIBUTES, read));
                WdfStringGetUnicodeString((WDFSTRING)WdfCollectionGetItem(read, 1), out var second);
                c.Events.Add($"List {WdfCollectionGetCount(read)} \"{second}\"");
                WdfCollectionAdd(strings, queue);
                c.Statuses.Add(WdfRegistryAssignMultiString(key, "List", strings));

                c.Statuses.Add(WdfRegistryAssignValue(key, "Blob", REG_BINARY, 3, [1, 2, 3]));
                var small = new byte[2];
                c.Statuses.Add(WdfRegistryQueryValue(key, "Blob", 2, small, out var queried, out var type));
                var whole = new byte[3];
                c.Statuses.Add(WdfRegistryQueryValue(key, "Blob", 3, whole, out _, out _));
                c.Events.Add($"Blob {queried} bytes type {type}: {string.Join(",", whole)}");

                c.Statuses.Add(WdfRegistryRemoveValue(key, "Blob"));
                c.Statuses.Add(WdfRegistryQueryULong(key, "Blob", out _));
                c.Events.Add($"handle {(WdfRegistryWdmGetHandle(key).IsNull ? "NULL" : "open")}");
                WdfRegistryClose(key);
            },
        });

        Assert.Equal(
        [
            STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS,
            STATUS_SUCCESS, STATUS_BUFFER_OVERFLOW, STATUS_SUCCESS, STATUS_OBJECT_TYPE_MISMATCH,
            STATUS_SUCCESS, STATUS_SUCCESS,
            STATUS_SUCCESS, STATUS_SUCCESS, STATUS_INVALID_PARAMETER,
            STATUS_SUCCESS, STATUS_BUFFER_OVERFLOW, STATUS_SUCCESS,
            STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND,
        ], context.Statuses);
        Assert.Equal(["Count 7", "Name 10 bytes \"echo\"", "Label \"from a WDFSTRING\"", "List 2 \"from a WDFSTRING\"", "Blob 3 bytes type 3: 1,2,3", "handle open"],
            context.Events);
        var parameters = MachineRegistry.ServicesPath + @"\" + service + @"\Parameters";
        Assert.Equal(7u, machine.Registry.GetValue(parameters, "Count")!.Dword);
        Assert.Equal(["from a WDFSTRING", "from a WDFSTRING"], machine.Registry.GetValue(parameters, "List")!.MultiString);
    }

    [Fact]
    public void WdfRegistryCreateKey_OpenKey_RemoveKey_UnderAParentKey()
    {
        using var machine = MachineAssert.Boot(seed: 42);
        var context = ObjectsRig.Start(machine, nameof(RegistryTests) + "Keys", new ObjectsScenario
        {
            OnAdd = (device, queue, c) =>
            {
                WdfDriverOpenParametersRegistryKey(WdfDeviceGetDriver(device), KEY_ALL_ACCESS, WDF_NO_OBJECT_ATTRIBUTES, out var parameters);
                c.Statuses.Add(WdfRegistryCreateKey(parameters, "Sub", KEY_ALL_ACCESS, REG_OPTION_NON_VOLATILE, out var first, WDF_NO_OBJECT_ATTRIBUTES, out var sub));
                c.Statuses.Add(WdfRegistryCreateKey(parameters, "Sub", KEY_ALL_ACCESS, REG_OPTION_NON_VOLATILE, out var second, WDF_NO_OBJECT_ATTRIBUTES, out var again));
                c.Events.Add($"dispositions {first} {second}");
                WdfRegistryClose(again);
                c.Statuses.Add(WdfRegistryOpenKey(parameters, "Missing", KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, out var missing));
                c.Events.Add($"missing key handle {missing}");
                c.Statuses.Add(WdfRegistryRemoveKey(sub));
                c.Statuses.Add(WdfRegistryOpenKey(parameters, "Sub", KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, out _));
                WdfRegistryClose(parameters);
            },
        });

        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND, STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND], context.Statuses);
        Assert.Equal([$"dispositions {REG_CREATED_NEW_KEY} {REG_OPENED_EXISTING_KEY}", "missing key handle NULL"], context.Events);
    }

    [Fact]
    public void DeviceKeys_FromTheDeviceAndFromItsInit_AreTheDeviceParametersKey()
    {
        using var machine = MachineAssert.Boot(seed: 43);
        const string service = nameof(RegistryTests) + "Device";
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnInit = (init, events) =>
            {
                events.Add($"init key {WdfFdoInitOpenRegistryKey(init, PLUGPLAY_REGKEY_DEVICE, KEY_ALL_ACCESS, WDF_NO_OBJECT_ATTRIBUTES, out var key) == STATUS_SUCCESS}");
                WdfRegistryAssignULong(key, "FromInit", 1);
                WdfRegistryClose(key);
            },
            OnAdd = (device, queue, c) =>
            {
                c.Statuses.Add(WdfDeviceOpenRegistryKey(device, PLUGPLAY_REGKEY_DEVICE, KEY_ALL_ACCESS, WDF_NO_OBJECT_ATTRIBUTES, out var key));
                c.Statuses.Add(WdfRegistryQueryULong(key, "FromInit", out var fromInit));
                c.Events.Add($"FromInit {fromInit}, parent is the device: {((WDFOBJECT)key).Target!.Parent == ((WDFOBJECT)device).Target}");
                c.Statuses.Add(WdfRegistryAssignULong(key, "FromDevice", 2));
            },
        });

        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["init key True", "FromInit 1, parent is the device: True"], context.Events);
        var deviceParameters = $@"\Registry\Machine\SYSTEM\CurrentControlSet\Enum\ROOT\{service.ToUpperInvariant()}\0000\Device Parameters";
        Assert.Equal(1u, machine.Registry.GetValue(deviceParameters, "FromInit")!.Dword);
        Assert.Equal(2u, machine.Registry.GetValue(deviceParameters, "FromDevice")!.Dword);
    }

    [Fact]
    public void WdfRegistryQueryULong_StringHandle_BugChecksInvalidHandleWithKeyType()
    {
        using var machine = MachineAssert.Boot(seed: 44);
        const string service = nameof(RegistryTests) + "Handle";
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnIoctl = (queue, request, c) =>
            {
                WdfStringCreate("x", WDF_NO_OBJECT_ATTRIBUTES, out var text);
                c.Objects["string"] = text;
                WdfRegistryQueryULong((WDFKEY)(WDFOBJECT)text, "Count", out _);
            },
        });

        var status = ObjectsRig.Ioctl(machine);
        var handle = ((WDFSTRING)context.Objects["string"]).Value;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_HANDLE, handle, 0x1006, ObjectsRig.Globals(machine, service).Address);
    }
}
