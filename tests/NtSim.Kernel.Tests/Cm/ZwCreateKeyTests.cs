using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwCreateKeyTests
{
    [Fact]
    public void ZwCreateKey_NewThenExisting_ReportsCreatedThenOpened()
    {
        using var machine = MachineAssert.Boot();
        uint first = 0, second = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var attributes = CmTest.Attributes(CmTest.Services + @"\Sample");
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var a, KEY_ALL_ACCESS, attributes, 0, null, REG_OPTION_NON_VOLATILE, out first));
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var b, KEY_ALL_ACCESS, attributes, 0, null, REG_OPTION_NON_VOLATILE, out second));
            Assert.NotEqual(a, b);
            CmTest.Close(a);
            CmTest.Close(b);
        }));
        Assert.Equal(REG_CREATED_NEW_KEY, first);
        Assert.Equal(REG_OPENED_EXISTING_KEY, second);
        Assert.True(machine.Registry.KeyExists(@"HKLM\SYSTEM\ControlSet001\Services\Sample"));
    }

    [Fact]
    public void ZwCreateKey_MissingParent_ObjectNameNotFoundAndNoHandle()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        HANDLE handle = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = ZwCreateKey(out handle, KEY_ALL_ACCESS, CmTest.Attributes(CmTest.Services + @"\NoSuchParent\Child"), 0, null, 0, out _);
        }));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, status);
        Assert.True(handle.IsNull);
        Assert.False(machine.Registry.KeyExists(CmTest.Services + @"\NoSuchParent"));
    }

    [Fact]
    public void ZwCreateKey_NamesDifferingInCase_OpenTheSameKeyWhichKeepsItsFirstCase()
    {
        using var machine = MachineAssert.Boot();
        uint disposition = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            CmTest.Close(CmTest.Create(CmTest.Services + @"\MixedCase"));
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var again, KEY_READ, CmTest.Attributes(@"\REGISTRY\machine\system\CURRENTCONTROLSET\services\MIXEDCASE"),
                0, null, 0, out disposition));
            CmTest.Close(again);
        }));
        Assert.Equal(REG_OPENED_EXISTING_KEY, disposition);
        Assert.Contains("MixedCase", machine.Registry.GetSubKeyNames(CmTest.Services));
    }

    [Fact]
    public void ZwCreateKey_RelativeToRootDirectoryKey_CreatesUnderThatKey()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var services = CmTest.Create(CmTest.Services);
            var sample = CmTest.Create("Sample", services);
            var parameters = CmTest.Create("Parameters", sample);
            CmTest.SetDword(parameters, "Level", 3);
            foreach (var h in (HANDLE[])[parameters, sample, services])
            {
                CmTest.Close(h);
            }
        }));
        Assert.Equal(3u, machine.Registry.GetValue(CmTest.Services + @"\Sample\Parameters", "Level")!.Dword);
    }

    [Fact]
    public void ZwCreateKey_NonVolatileUnderVolatile_ChildMustBeVolatile()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS nonVolatile = 0, volatileChild = 0, underMachine = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = CmTest.Create(CmTest.Services + @"\Scratch", options: REG_OPTION_VOLATILE);
            nonVolatile = ZwCreateKey(out _, KEY_ALL_ACCESS, CmTest.Attributes("Child", parent), 0, null, REG_OPTION_NON_VOLATILE);
            volatileChild = ZwCreateKey(out var child, KEY_ALL_ACCESS, CmTest.Attributes("Child", parent), 0, null, REG_OPTION_VOLATILE);
            CmTest.Close(child);
            CmTest.Close(parent);
            // \REGISTRY\MACHINE lives in the volatile master hive.
            underMachine = ZwCreateKey(out _, KEY_ALL_ACCESS, CmTest.Attributes(@"\Registry\Machine\NewHive"), 0, null, 0);
        }));
        Assert.Equal(STATUS_CHILD_MUST_BE_VOLATILE, nonVolatile);
        Assert.Equal(STATUS_SUCCESS, volatileChild);
        Assert.Equal(STATUS_CHILD_MUST_BE_VOLATILE, underMachine);
        Assert.True(machine.Registry.GetKeyInfo(CmTest.Services + @"\Scratch\Child").IsVolatile);
    }

    [Fact]
    public void ZwCreateKey_UnknownCreateOption_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = ZwCreateKey(out _, KEY_ALL_ACCESS, CmTest.Attributes(CmTest.Services + @"\Bad"), 0, null, 0x100, out _);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
        Assert.False(machine.Registry.KeyExists(CmTest.Services + @"\Bad"));
    }

    [Fact]
    public void ZwCreateKey_WithClass_ClassIsReportedByKeyNodeInformation()
    {
        using var machine = MachineAssert.Boot();
        string? className = null;
        uint classOffset = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var key, KEY_ALL_ACCESS, CmTest.Attributes(CmTest.Services + @"\Classy"), 0,
                new UNICODE_STRING("MyClass"), 0, out _));
            var buffer = new byte[128];
            Assert.Equal(STATUS_SUCCESS, ZwQueryKey(key, KeyNodeInformation, buffer, out var length));
            var node = new KEY_NODE_INFORMATION(buffer.AsSpan(0, (int)length));
            className = node.Class;
            classOffset = node.ClassOffset;
            CmTest.Close(key);
        }));
        Assert.Equal("MyClass", className);
        // Name "Classy" is 12 bytes: 24 + 12 = 36, already ULONG-aligned.
        Assert.Equal(36u, classOffset);
        Assert.Equal("MyClass", machine.Registry.GetKeyInfo(CmTest.Services + @"\Classy").Class);
    }

    [Fact]
    public void ZwCreateKey_NewKey_StampsItAndItsParentWithTheSystemTime()
    {
        using var machine = MachineAssert.Boot();
        var before = machine.Registry.GetKeyInfo(CmTest.Services).LastWriteTime;
        long now = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeDelayExecutionThread(KernelMode, false, -10_000_000);
            KeQuerySystemTime(out var time);
            now = time.QuadPart;
            CmTest.Close(CmTest.Create(CmTest.Services + @"\Stamped"));
        }));
        var created = machine.Registry.GetKeyInfo(CmTest.Services + @"\Stamped").LastWriteTime;
        Assert.Equal(DateTime.FromFileTimeUtc(now), created);
        Assert.Equal(created, machine.Registry.GetKeyInfo(CmTest.Services).LastWriteTime);
        Assert.True(created >= before.AddSeconds(1));
    }

    [Fact]
    public void ZwCreateKey_CreateLinkWithTarget_OpensFollowTheLinkAndOpenLinkOpensTheLinkItself()
    {
        using var machine = MachineAssert.Boot();
        string? followed = null, itself = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            CmTest.Close(CmTest.Create(CmTest.Services + @"\Target"));
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var link, KEY_ALL_ACCESS | KEY_CREATE_LINK, CmTest.Attributes(CmTest.Services + @"\Alias"), 0, null,
                REG_OPTION_VOLATILE | REG_OPTION_CREATE_LINK, out _));
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(link, "SymbolicLinkValue", 0, REG_LINK,
                RegistryData.Link(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Services\Target")));
            CmTest.Close(link);

            Assert.Equal(STATUS_SUCCESS, CmTest.Open(CmTest.Services + @"\Alias", out var through));
            followed = KeyName(through);
            CmTest.Close(through);
            Assert.Equal(STATUS_SUCCESS, ZwOpenKeyEx(out var linkItself, KEY_READ, CmTest.Attributes(CmTest.Services + @"\Alias"), REG_OPTION_OPEN_LINK));
            itself = KeyName(linkItself);
            CmTest.Close(linkItself);
        }));
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Services\Target", followed);
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Services\Alias", itself);
        Assert.True(machine.Registry.GetKeyInfo(CmTest.Services + @"\Alias", openLink: true).IsSymbolicLink);
    }

    [Fact]
    public void ZwCreateKey_EveryOpen_IsItsOwnKeyObjectAndZwCloseReleasesIt()
    {
        using var machine = MachineAssert.Boot();
        int during = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = CmTest.Create(CmTest.Services + @"\Counted");
            var b = CmTest.Create(CmTest.Services + @"\Counted");
            during = machine.Registry.GetKeyInfo(CmTest.Services + @"\Counted").OpenKeyObjects;
            Assert.NotSame(Ob.ObTest.Body(a), Ob.ObTest.Body(b));
            Assert.IsType<CmKeyBody>(Ob.ObTest.Body(a));
            CmTest.Close(a);
            CmTest.Close(b);
        }));
        Assert.Equal(2, during);
        Assert.Equal(0, machine.Registry.GetKeyInfo(CmTest.Services + @"\Counted").OpenKeyObjects);
    }

    private static string KeyName(HANDLE key)
    {
        var buffer = new byte[256];
        Assert.Equal(STATUS_SUCCESS, ZwQueryKey(key, KeyNameInformation, buffer, out var length));
        return new KEY_NAME_INFORMATION(buffer.AsSpan(0, (int)length)).Name;
    }
}
