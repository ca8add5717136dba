using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

public sealed class ObSymbolicLinkTests
{
    [Fact]
    public void Lookup_ThroughSymbolicLink_FollowsItFromTheRoot()
    {
        using var machine = MachineAssert.Boot();
        object? direct = null, viaLink = null, viaChain = null, linkAsLast = null, target = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dir = ObTest.CreateDirectory(@"\Target");
            var sub = ObTest.CreateDirectory(@"\Target\Sub");
            var link = ObTest.CreateLink(@"\Link", @"\Target");
            var chain = ObTest.CreateLink(@"\Chain", @"\link");
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\LINK\sub", out var h1));
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\Chain\Sub", out var h2));
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\Link", out var h3));
            direct = ObTest.Body(sub);
            viaLink = ObTest.Body(h1);
            viaChain = ObTest.Body(h2);
            linkAsLast = ObTest.Body(h3);
            target = ObTest.Body(dir);
            foreach (var h in (HANDLE[])[h1, h2, h3, chain, link, sub, dir])
            {
                ZwClose(h);
            }
        }));
        Assert.Same(direct, viaLink);
        Assert.Same(direct, viaChain);
        Assert.Same(target, linkAsLast);
    }

    [Fact]
    public void ZwOpenDirectoryObject_OpenLinkOnLastComponent_GetsTheLinkItself()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var link = ObTest.CreateLink(@"\DeviceLink", @"\Device");
            status = ObTest.OpenDirectory(@"\DeviceLink", out _, ObTest.KernelNameAttributes | OBJ_OPENLINK);
            ZwClose(link);
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }

    [Fact]
    public void ZwQuerySymbolicLinkObject_ReturnsTargetAndLength()
    {
        using var machine = MachineAssert.Boot();
        string? target = null;
        uint returned = 0, neededWhenShort = 0;
        NTSTATUS tooSmall = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var created = ObTest.CreateLink(@"\DosDevices\Zero", @"\Device\Zero");
            Assert.Equal(STATUS_SUCCESS, ZwOpenSymbolicLinkObject(out var h, SYMBOLIC_LINK_QUERY, ObTest.Attributes(@"\??\ZERO", OBJ_CASE_INSENSITIVE)));
            var buffer = new UNICODE_STRING { Buffer = new char[64], MaximumLength = 128 };
            Assert.Equal(STATUS_SUCCESS, ZwQuerySymbolicLinkObject(h, ref buffer, out returned));
            target = buffer.ToString();
            var small = new UNICODE_STRING { Buffer = new char[4], MaximumLength = 8 };
            tooSmall = ZwQuerySymbolicLinkObject(h, ref small, out neededWhenShort);
            ZwClose(h);
            ZwClose(created);
        }));
        Assert.Equal(@"\Device\Zero", target);
        Assert.Equal(26u, returned); // 12 characters and the NUL
        Assert.Equal(STATUS_BUFFER_TOO_SMALL, tooSmall);
        Assert.Equal(26u, neededWhenShort);
    }

    [Fact]
    public void ZwQuerySymbolicLinkObject_TargetWithoutNul_ReturnsTheCallersMaximumLengthAndWritesNoNul()
    {
        using var machine = MachineAssert.Boot();
        uint exact = 0, roomy = 0, roomyShort = 0;
        NTSTATUS exactStatus = 0, roomyShortStatus = 0, noLengthStatus = 0;
        string? exactTarget = null, noLengthTarget = null;
        var afterNoLength = '\0';
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            // 12 characters, Length = MaximumLength = 24: no room for a NUL and none added.
            var tight = new UNICODE_STRING { Buffer = @"\Device\Zero".ToCharArray(), Length = 24, MaximumLength = 24 };
            Assert.Equal(STATUS_SUCCESS, ZwCreateSymbolicLinkObject(out var h1, SYMBOLIC_LINK_ALL_ACCESS, ObTest.Attributes(@"\Tight"), tight));
            var buffer = new UNICODE_STRING { Buffer = new char[12], MaximumLength = 24 };
            exactStatus = ZwQuerySymbolicLinkObject(h1, ref buffer, out exact);
            exactTarget = buffer.ToString();

            // A target whose buffer is larger than its string: MaximumLength 40 is what the link keeps.
            var wide = new UNICODE_STRING { Buffer = (@"\Device\Zero" + new string('\0', 8)).ToCharArray(), Length = 24, MaximumLength = 40 };
            Assert.Equal(STATUS_SUCCESS, ZwCreateSymbolicLinkObject(out var h2, SYMBOLIC_LINK_ALL_ACCESS, ObTest.Attributes(@"\Wide"), wide));
            var big = new UNICODE_STRING { Buffer = new char[20], MaximumLength = 40 };
            Assert.Equal(STATUS_SUCCESS, ZwQuerySymbolicLinkObject(h2, ref big, out roomy));
            var shortOne = new UNICODE_STRING { Buffer = new char[13], MaximumLength = 26 };
            roomyShortStatus = ZwQuerySymbolicLinkObject(h2, ref shortOne, out roomyShort);

            // Without ReturnedLength, Length bytes are enough and nothing follows them.
            var filled = new UNICODE_STRING { Buffer = new string('X', 13).ToCharArray(), MaximumLength = 26 };
            noLengthStatus = ZwQuerySymbolicLinkObject(h2, ref filled);
            noLengthTarget = filled.ToString();
            afterNoLength = filled.Buffer.Span[12];
            ZwClose(h1);
            ZwClose(h2);
        }));
        Assert.Equal(STATUS_SUCCESS, exactStatus);
        Assert.Equal(24u, exact);
        Assert.Equal(@"\Device\Zero", exactTarget);
        Assert.Equal(40u, roomy);
        Assert.Equal(STATUS_BUFFER_TOO_SMALL, roomyShortStatus);
        Assert.Equal(40u, roomyShort);
        Assert.Equal(STATUS_SUCCESS, noLengthStatus);
        Assert.Equal(@"\Device\Zero", noLengthTarget);
        Assert.Equal('X', afterNoLength);
    }

    [Fact]
    public void Lookup_DanglingLink_NameOrPathNotFound()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS last = 0, middle = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var link = ObTest.CreateLink(@"\Dangling", @"\Nowhere");
            last = ObTest.OpenDirectory(@"\Dangling", out _);
            middle = ObTest.OpenDirectory(@"\Dangling\Sub", out _);
            ZwClose(link);
        }));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, last);
        Assert.Equal(STATUS_OBJECT_PATH_NOT_FOUND, middle);
    }

    [Fact]
    public void Lookup_LinkLoop_EndsWithNameNotFound()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = ObTest.CreateLink(@"\LoopA", @"\LoopB");
            var b = ObTest.CreateLink(@"\LoopB", @"\LoopA");
            status = ObTest.OpenDirectory(@"\LoopA\X", out _);
            ZwClose(b);
            ZwClose(a);
        }));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, status);
    }

    [Fact]
    public void GlobalRoot_EmptyTarget_StandsForTheRoot()
    {
        using var machine = MachineAssert.Boot();
        string? name = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\??\GLOBALROOT\Device", out var h));
            name = ObTest.QueryName(ObTest.Body(h));
            ZwClose(h);
        }));
        Assert.Equal(@"\Device", name);
    }

    [Fact]
    public void CreateSymbolicLink_AsIoCreateSymbolicLink_IsPermanentUntilDeleted()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS created = 0, deleted = 0, deletedAgain = 0;
        IReadOnlyList<string>? withLink = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var objects = KeGetCurrentThread().Machine!.ObjectManager;
            created = objects.CreateSymbolicLink(@"\DosDevices\Sample", @"\Device\Sample", objects.Machine.Modules.Kernel, null, 0);
            withLink = objects.Machine.ListObjectDirectory(@"\GLOBAL??");
            deleted = objects.DeleteSymbolicLink(@"\dosdevices\SAMPLE");
            deletedAgain = objects.DeleteSymbolicLink(@"\DosDevices\Sample");
        }));
        Assert.Equal(STATUS_SUCCESS, created);
        Assert.Contains("Sample", withLink!);
        Assert.Equal(STATUS_SUCCESS, deleted);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, deletedAgain);
        Assert.DoesNotContain("Sample", machine.ListObjectDirectory(@"\GLOBAL??"));
    }

    [Fact]
    public void ZwOpenSymbolicLinkObject_OnDirectory_TypeMismatch()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
            status = ZwOpenSymbolicLinkObject(out _, SYMBOLIC_LINK_QUERY, ObTest.Attributes(@"\Device"))));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }
}
