using System.Text;
using static NtSim.Tests.Ob.ObTest;
using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

/// <summary>ZwQueryObject: basic, name and type information through a handle.</summary>
public sealed class ZwQueryObjectTests
{
    private static string ReadString(PVOID structure)
    {
        var length = structure.Read<ushort>();
        return length == 0 ? "" : Encoding.Unicode.GetString(new PVOID((structure + 8L).Read<ulong>()).AsReadOnlySpan(length));
    }

    [Fact]
    public void ZwQueryObject_NamedEvent_BasicNameAndType()
    {
        using var machine = MachineAssert.Boot();
        PUBLIC_OBJECT_BASIC_INFORMATION basic = default;
        NTSTATUS basicStatus = 0, nameStatus = 0, typeStatus = 0;
        uint basicLength = 0, nameLength = 0, typeLength = 0;
        string name = "", type = "";
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ZwCreateEvent(out var h1, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\QueryMe"), NotificationEvent, false);
            ZwOpenEvent(out var h2, SYNCHRONIZE | EVENT_MODIFY_STATE, Attributes(@"\BaseNamedObjects\QueryMe"));
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 256, TAG("Qobj"));
            basicStatus = ZwQueryObject(h2, ObjectBasicInformation, buffer, 56, out basicLength);
            basic = buffer.Read<PUBLIC_OBJECT_BASIC_INFORMATION>();
            nameStatus = ZwQueryObject(h1, ObjectNameInformation, buffer, 256, out nameLength);
            name = ReadString(buffer);
            typeStatus = ZwQueryObject(h1, ObjectTypeInformation, buffer, 256, out typeLength);
            type = ReadString(buffer);
            ExFreePool(buffer);
            ZwClose(h1);
            ZwClose(h2);
        }));

        Assert.Equal(STATUS_SUCCESS, basicStatus);
        Assert.Equal(56u, basicLength);
        Assert.Equal(SYNCHRONIZE | EVENT_MODIFY_STATE, basic.GrantedAccess);
        Assert.Equal(0u, basic.Attributes);
        Assert.Equal(2u, basic.HandleCount);
        Assert.Equal(3u, basic.PointerCount);   // two handles and the name
        Assert.Equal(STATUS_SUCCESS, nameStatus);
        Assert.Equal(@"\BaseNamedObjects\QueryMe", name);
        Assert.Equal(16u + 50 + 2, nameLength);
        Assert.Equal(STATUS_SUCCESS, typeStatus);
        Assert.Equal("Event", type);
        Assert.Equal(104u + 10 + 2, typeLength);
    }

    [Fact]
    public void ZwQueryObject_ShortBuffersAndBadArguments_DocumentedStatuses()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS shortBasic = 0, shortName = 0, shortType = 0, unnamed = 0, badClass = 0, badHandle = 0;
        uint basicNeeded = 0, nameNeeded = 0, typeNeeded = 0, unnamedLength = 0;
        var unnamedText = "x";
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ZwCreateEvent(out var named, EVENT_ALL_ACCESS, Attributes(@"\BaseNamedObjects\Short"), NotificationEvent, false);
            ZwCreateEvent(out var anonymous, EVENT_ALL_ACCESS, Attributes(null), NotificationEvent, false);
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 256, TAG("Qobj"));
            shortBasic = ZwQueryObject(named, ObjectBasicInformation, buffer, 40, out basicNeeded);
            shortName = ZwQueryObject(named, ObjectNameInformation, buffer, 20, out nameNeeded);
            shortType = ZwQueryObject(named, ObjectTypeInformation, buffer, 104, out typeNeeded);
            unnamed = ZwQueryObject(anonymous, ObjectNameInformation, buffer, 256, out unnamedLength);
            unnamedText = ReadString(buffer);
            badClass = ZwQueryObject(named, (OBJECT_INFORMATION_CLASS)77, buffer, 256, out _);
            badHandle = ZwQueryObject(new HANDLE(0xFFFFFFFF80000FFCUL), ObjectBasicInformation, buffer, 56, out _);
            ExFreePool(buffer);
            ZwClose(named);
            ZwClose(anonymous);
        }));

        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, shortBasic);
        Assert.Equal(56u, basicNeeded);
        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, shortName);
        Assert.Equal(16u + 46 + 2, nameNeeded);
        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, shortType);
        Assert.Equal(104u + 10 + 2, typeNeeded);
        Assert.Equal(STATUS_SUCCESS, unnamed);
        Assert.Equal(16u, unnamedLength);
        Assert.Equal("", unnamedText);
        Assert.Equal(STATUS_INVALID_INFO_CLASS, badClass);
        Assert.Equal(STATUS_INVALID_HANDLE, badHandle);
    }

    [Fact]
    public void ZwQueryObject_AtDispatchLevel_BugChecksC4_E6()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ZwQueryObject(NtCurrentProcess(), ObjectBasicInformation, PVOID.NULL, 0, out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE6, 0, 2, 0);
    }
}
