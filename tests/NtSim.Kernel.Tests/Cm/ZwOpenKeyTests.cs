using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwOpenKeyTests
{
    [Fact]
    public void ZwOpenKey_ServicesThroughCurrentControlSet_OpensControlSet001Services()
    {
        using var machine = MachineAssert.Boot();
        string? name = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(CmTest.Services, out var key));
            name = KeyName(key);
            CmTest.Close(key);
        }));
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Services", name);
    }

    [Fact]
    public void ZwOpenKey_AnyCaseAndExtraSeparators_OpenTheSameKey()
    {
        using var machine = MachineAssert.Boot();
        var names = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            foreach (var path in (string[])[@"\registry\MACHINE\software", @"\REGISTRY\Machine\SOFTWARE\", @"\Registry\\Machine\\Software"])
            {
                Assert.Equal(STATUS_SUCCESS, CmTest.Open(path, out var key));
                names.Add(KeyName(key));
                CmTest.Close(key);
            }
        }));
        Assert.All(names, n => Assert.Equal(@"\REGISTRY\MACHINE\SOFTWARE", n));
    }

    [Fact]
    public void ZwOpenKey_RelativeToRootDirectory_OpensBelowThatKey()
    {
        using var machine = MachineAssert.Boot();
        string? name = null, self = null;
        NTSTATUS absoluteRelative = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(@"\Registry\Machine\SYSTEM", out var system));
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(@"currentcontrolset\CONTROL", out var control, system));
            name = KeyName(control);
            Assert.Equal(STATUS_SUCCESS, CmTest.Open("", out var same, system));
            self = KeyName(same);
            // With a RootDirectory the name must be relative.
            absoluteRelative = CmTest.Open(@"\Select", out _, system);
            foreach (var h in (HANDLE[])[same, control, system])
            {
                CmTest.Close(h);
            }
        }));
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Control", name);
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM", self);
        Assert.Equal(STATUS_OBJECT_PATH_SYNTAX_BAD, absoluteRelative);
    }

    [Fact]
    public void ZwOpenKey_MissingKeyOrMissingParent_ObjectNameNotFound()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS last = 0, middle = 0, outside = 0;
        HANDLE handle = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            last = CmTest.Open(CmTest.Services + @"\NoSuchService", out handle);
            middle = CmTest.Open(CmTest.Services + @"\NoSuchService\Parameters", out _);
            // Before \REGISTRY the object manager walks directories: a missing one is a path error.
            outside = CmTest.Open(@"\Regstry\Machine", out _);
        }));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, last);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, middle);
        Assert.Equal(STATUS_OBJECT_PATH_NOT_FOUND, outside);
        Assert.True(handle.IsNull);
    }

    [Fact]
    public void ZwOpenKey_RegistryRootItself_IsTheKeyObjectNamedInTheRootDirectory()
    {
        using var machine = MachineAssert.Boot();
        string? name = null;
        object? body = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(@"\Registry", out var root));
            name = KeyName(root);
            body = Ob.ObTest.Body(root);
            CmTest.Close(root);
        }));
        Assert.Equal(@"\REGISTRY", name);
        Assert.Equal("Key", Ob.ObTest.Header(body!).Type.Name);
        Assert.Contains("REGISTRY  Key", machine.DumpObjectNamespace(@"\", recursive: false));
    }

    [Fact]
    public void ZwOpenDirectoryObject_BelowRegistry_ObjectTypeMismatch()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = ZwOpenDirectoryObject(out _, DIRECTORY_QUERY, CmTest.Attributes(@"\Registry\Machine"));
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }

    [Fact]
    public void ZwOpenKey_NotAKeyName_ObjectTypeMismatch()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() => status = CmTest.Open(@"\Device", out _)));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }

    [Fact]
    public void ZwOpenKeyEx_UnknownOpenOption_InvalidParameter4()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0, volatileOption = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = ZwOpenKeyEx(out _, KEY_READ, CmTest.Attributes(CmTest.Services), 0x1000);
            // REG_OPTION_VOLATILE is a create option, not an open option.
            volatileOption = ZwOpenKeyEx(out _, KEY_READ, CmTest.Attributes(CmTest.Services), REG_OPTION_VOLATILE);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER_4, status);
        Assert.Equal(STATUS_INVALID_PARAMETER_4, volatileOption);
    }

    [Fact]
    public void ZwOpenKey_CurrentControlSetWithOpenLink_OpensTheVolatileLinkKey()
    {
        using var machine = MachineAssert.Boot();
        string? name = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ZwOpenKey(out var link, KEY_READ,
                CmTest.Attributes(@"\Registry\Machine\SYSTEM\CurrentControlSet", attributes: CmTest.KernelNameAttributes | OBJ_OPENLINK)));
            name = KeyName(link);
            var (type, data) = CmTest.Query(link, "SymbolicLinkValue");
            Assert.Equal(REG_LINK, type);
            Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001", new RegistryValue("", type, data).String);
            CmTest.Close(link);
        }));
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\CurrentControlSet", name);
    }

    [Fact]
    public void ZwOpenKey_Handle_IsAKernelHandleToAKeyObjectThatZwCloseCloses()
    {
        using var machine = MachineAssert.Boot();
        HANDLE handle = default;
        NTSTATUS referenced = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(CmTest.Services, out handle));
            referenced = ObReferenceObjectByHandle(handle, KEY_READ, CmKeyObjectType, KernelMode, out var key);
            ObDereferenceObject(key!);
            CmTest.Close(handle);
        }));
        Assert.True(handle.IsKernelHandle);
        Assert.Equal(STATUS_SUCCESS, referenced);
        Assert.Equal(0, machine.Registry.GetKeyInfo(CmTest.Services).OpenKeyObjects);
    }

    internal static string KeyName(HANDLE key)
    {
        var buffer = new byte[256];
        Assert.Equal(STATUS_SUCCESS, ZwQueryKey(key, KeyNameInformation, buffer, out var length));
        return new KEY_NAME_INFORMATION(buffer.AsSpan(0, (int)length)).Name;
    }
}
