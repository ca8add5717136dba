using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Pnp;

public sealed class DeviceInterfaceTests
{
    private const string ToasterText = "{781ef630-72b2-11d2-b852-00c04fad5171}";
    private const string ClassKey = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\DeviceClasses\" + ToasterText;
    private const string InterfaceKey = ClassKey + @"\##?#ROOT#SYSTEM#0000#" + ToasterText;

    private static readonly Guid s_toaster = InterfaceStack.GUID_DEVINTERFACE_TOASTER;

    [Fact]
    public void IoRegisterDeviceInterface_Pdo_ReturnsMungedInstancePathAndClass()
    {
        using var machine = Boot();
        string? name = null, withReference = null;
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            Assert.Equal(STATUS_SUCCESS, IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var link));
            Assert.Equal(STATUS_SUCCESS, IoRegisterDeviceInterface(stack.Pdo, s_toaster, new UNICODE_STRING("Slot1"), out var linkWithReference));
            name = link.ToString();
            withReference = linkWithReference.ToString();
        }));

        Assert.Equal(@"\??\ROOT#SYSTEM#0000#" + ToasterText, name);
        Assert.Equal(@"\??\ROOT#SYSTEM#0000#" + ToasterText + @"\Slot1", withReference);
    }

    [Fact]
    public void IoRegisterDeviceInterface_Pdo_CreatesDeviceClassesKeys()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            Assert.Equal(STATUS_SUCCESS, IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out _));
        }));

        Assert.Equal(InterfaceStack.InstancePath, machine.Registry.GetValue(InterfaceKey, "DeviceInstance")!.String);
        Assert.Equal(@"\\?\ROOT#SYSTEM#0000#" + ToasterText, machine.Registry.GetValue(InterfaceKey + @"\#", "SymbolicLink")!.String);
        Assert.False(machine.Registry.KeyExists(InterfaceKey + @"\#\Control"));
    }

    [Fact]
    public void IoRegisterDeviceInterface_Twice_SameNameAndSuccess()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            Assert.Equal(STATUS_SUCCESS, IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var first));
            Assert.Equal(STATUS_SUCCESS, IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var second));
            Assert.Equal(first.ToString(), second.ToString());
        }));

        Assert.Equal(["#"], machine.Registry.GetSubKeyNames(InterfaceKey));
    }

    [Fact]
    public void IoRegisterDeviceInterface_NotAPdo_InvalidDeviceRequest()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, IoRegisterDeviceInterface(stack.Fdo, s_toaster, null, out var name));
            Assert.Equal(0, name.Length);
            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, IoRegisterDeviceInterface(stack.Pdo, s_toaster, new UNICODE_STRING(@"a\b"), out _));
        }));

        Assert.False(machine.Registry.KeyExists(ClassKey));
    }

    [Fact]
    public void IoSetDeviceInterfaceState_Enable_LinksToPdoAndMarksLinked()
    {
        using var machine = Boot();
        string pdoName = "";
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name);
            Assert.Equal(STATUS_SUCCESS, IoSetDeviceInterfaceState(name, true));
            Assert.Equal(STATUS_OBJECT_NAME_EXISTS, IoSetDeviceInterfaceState(name, true));
            pdoName = stack.Pdo.Name!;
        }));

        Assert.Matches(@"^\\Device\\[0-9a-f]{8}$", pdoName);
        Assert.Contains("ROOT#SYSTEM#0000#" + ToasterText, machine.ListObjectDirectory(@"\GLOBAL??"));
        Assert.Equal(1u, machine.Registry.GetValue(InterfaceKey + @"\#\Control", "Linked")!.Dword);
        Assert.True(machine.Registry.GetKeyInfo(InterfaceKey + @"\#\Control").IsVolatile);
    }

    [Fact]
    public void IoSetDeviceInterfaceState_Disable_RemovesLinkAndControl()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name);
            Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, IoSetDeviceInterfaceState(name, false));
            Assert.Equal(STATUS_SUCCESS, IoSetDeviceInterfaceState(name, true));
            Assert.Equal(STATUS_SUCCESS, IoSetDeviceInterfaceState(name, false));
            Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, IoSetDeviceInterfaceState(name, false));
        }));

        Assert.DoesNotContain("ROOT#SYSTEM#0000#" + ToasterText, machine.ListObjectDirectory(@"\GLOBAL??"));
        Assert.False(machine.Registry.KeyExists(InterfaceKey + @"\#\Control"));
    }

    [Fact]
    public void IoSetDeviceInterfaceState_AtDispatchLevel_BugChecksC4IrqlIoPassive1()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            IoSetDeviceInterfaceState(name, true);
        });

        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2000A, 0, 0, 0);
    }

    [Fact]
    public void ZwCreateFile_EnabledInterfaceWithReferenceString_ReachesFdoWithReferenceAsFileName()
    {
        using var machine = Boot();
        InterfaceStack? stack = null;
        Completed(machine, machine.Run(() =>
        {
            stack = InterfaceStack.Create();
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, new UNICODE_STRING("Slot1"), out var name);
            Assert.Equal(STATUS_SUCCESS, IoSetDeviceInterfaceState(name, true));
            InitializeObjectAttributes(out var attributes, name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            var iosb = new IO_STATUS_BLOCK();
            Assert.Equal(STATUS_SUCCESS, ZwCreateFile(out var handle, GENERIC_READ, attributes, iosb, null, 0, 0, FILE_OPEN, 0, null, 0));
            Assert.Equal(STATUS_SUCCESS, ZwClose(handle));
        }));

        Assert.Equal([@"fdo '\Slot1'"], stack!.Creates);
    }

    [Fact]
    public void IoGetDeviceInterfaces_EnabledAndNonActive_ListsInPagedPool()
    {
        using var machine = Boot();
        IReadOnlyList<string> active = [], all = [], ofOther = [];
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            var other = InterfaceStack.Create(@"ROOT\SYSTEM\0001", "2");
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var enabled);
            IoRegisterDeviceInterface(other.Pdo, s_toaster, null, out _);
            IoSetDeviceInterfaceState(enabled, true);
            Assert.Equal(STATUS_SUCCESS, IoGetDeviceInterfaces(s_toaster, null, 0, out var list));
            active = DeviceInterfaceList.Read(list);
            ExFreePool(list);
            Assert.Equal(STATUS_SUCCESS, IoGetDeviceInterfaces(s_toaster, null, DEVICE_INTERFACE_INCLUDE_NONACTIVE, out list));
            all = DeviceInterfaceList.Read(list);
            ExFreePool(list);
            Assert.Equal(STATUS_SUCCESS, IoGetDeviceInterfaces(s_toaster, other.Pdo, DEVICE_INTERFACE_INCLUDE_NONACTIVE, out list));
            ofOther = DeviceInterfaceList.Read(list);
            ExFreePool(list);
            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, IoGetDeviceInterfaces(s_toaster, stack.Fdo, 0, out list));
            Assert.True(list.IsNull);
        }));

        Assert.Equal([@"\??\ROOT#SYSTEM#0000#" + ToasterText], active);
        Assert.Equal([@"\??\ROOT#SYSTEM#0000#" + ToasterText, @"\??\ROOT#SYSTEM#0001#" + ToasterText], all.Order());
        Assert.Equal([@"\??\ROOT#SYSTEM#0001#" + ToasterText], ofOther);
        Assert.DoesNotContain(machine.Tracking.Outstanding("NtSim.Kernel.Tests", ResourceKind.PoolAllocation), r => r.ToString().Contains("'PnpI'"));
    }

    [Fact]
    public void DisableAll_EnabledInterfaces_RemovesLinksAndNotifiesRemoval()
    {
        using var machine = Boot();
        var seen = new List<string>();
        Completed(machine, machine.Run(() =>
        {
            var stack = InterfaceStack.Create();
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, 0, s_toaster, stack.FdoDriver, (n, _) =>
            {
                var change = (DEVICE_INTERFACE_CHANGE_NOTIFICATION)n;
                seen.Add($"{(change.Event == GUID_DEVICE_INTERFACE_REMOVAL ? "removal" : "arrival")} {change.SymbolicLinkName}");
                if (seen.Count == 4)
                {
                    KeSetEvent(done, 0, false);
                }

                return STATUS_SUCCESS;
            }, null, out var entry);

            IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var first);
            IoRegisterDeviceInterface(stack.Pdo, s_toaster, new UNICODE_STRING("Slot1"), out var second);
            IoSetDeviceInterfaceState(first, true);
            IoSetDeviceInterfaceState(second, true);
            DeviceInterfaces.DisableAll(KTHREAD.Current!, stack.Node);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            Assert.All(DeviceInterfaces.Of(machine, stack.Node), i => Assert.False(i.Enabled));
            Assert.Equal(2, DeviceInterfaces.Of(machine, stack.Node).Count);
            IoUnregisterPlugPlayNotificationEx(entry!);
        }));

        Assert.Equal([@"removal \??\ROOT#SYSTEM#0000#" + ToasterText, @"removal \??\ROOT#SYSTEM#0000#" + ToasterText + @"\Slot1"], seen.Skip(2));
        Assert.DoesNotContain("ROOT#SYSTEM#0000#" + ToasterText, machine.ListObjectDirectory(@"\GLOBAL??"));
        Assert.False(machine.Registry.KeyExists(InterfaceKey + @"\Control"));
    }
}
