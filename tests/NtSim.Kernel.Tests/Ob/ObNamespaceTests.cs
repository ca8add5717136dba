using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

public sealed class ObNamespaceTests
{
    [Fact]
    public void Boot_RootHoldsTheStandardDirectoriesAndDosDevicesLink()
    {
        using var machine = MachineAssert.Boot();
        var root = machine.ListObjectDirectory(@"\");
        Assert.Equal(["BaseNamedObjects", "Callback", "Device", "DosDevices", "Driver", "FileSystem", "GLOBAL??", "KernelObjects", "ObjectTypes", "REGISTRY"], root);
        Assert.Contains(@"DosDevices  SymbolicLink -> \??", machine.DumpObjectNamespace(@"\", recursive: false));
        Assert.Equal(["Global", "GLOBALROOT"], machine.ListObjectDirectory(@"\GLOBAL??"));
    }

    [Fact]
    public void Boot_ObjectTypesDirectoryNamesEveryTypeWithItsPoolTag()
    {
        using var machine = MachineAssert.Boot();
        var types = machine.ListObjectDirectory(@"\ObjectTypes");
        foreach (var name in (string[])["Type", "Directory", "SymbolicLink", "Token", "Process", "Thread", "Event", "Mutant", "Semaphore", "Timer", "Device", "Driver", "File", "Key", "Callback"])
        {
            Assert.Contains(name, types);
        }

        Assert.Equal("ObjT", ObjectTypes.Type.PoolTagText);
        Assert.Equal("Thre", PsThreadType.PoolTagText);
        Assert.Equal("File", IoFileObjectType.PoolTagText);
        Assert.Equal("Key ", CmKeyObjectType.PoolTagText);
        Assert.Equal(0x65726854u, PsThreadType.PoolTag); // 'Thre' as ExAllocatePool2 takes it
        Assert.Equal("Thread", PsThreadType.Name);
    }

    [Fact]
    public void ZwOpenDirectoryObject_OtherCase_FindsTheSameDirectory()
    {
        using var machine = MachineAssert.Boot();
        object? created = null, opened = null;
        string? name = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\MyDirectory");
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\MYDIRECTORY", out var h2));
            created = ObTest.Body(h);
            opened = ObTest.Body(h2);
            name = ObTest.QueryName(opened);
            ZwClose(h2);
            ZwClose(h);
        }));
        Assert.Same(created, opened);
        Assert.Equal(@"\MyDirectory", name);
    }

    [Fact]
    public void ZwCreateDirectoryObject_ExistingName_CollisionOrExistsWithOpenIf()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS collision = 0, exists = 0;
        bool same = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\Twice");
            collision = ZwCreateDirectoryObject(out _, DIRECTORY_ALL_ACCESS, ObTest.Attributes(@"\twice"));
            exists = ZwCreateDirectoryObject(out var h2, DIRECTORY_ALL_ACCESS, ObTest.Attributes(@"\TWICE", ObTest.KernelNameAttributes | OBJ_OPENIF));
            same = ObTest.Body(h) == ObTest.Body(h2);
            ZwClose(h2);
            ZwClose(h);
        }));
        Assert.Equal(STATUS_OBJECT_NAME_COLLISION, collision);
        Assert.Equal(STATUS_OBJECT_NAME_EXISTS, exists);
        Assert.True(same);
    }

    [Fact]
    public void ZwCreateSymbolicLinkObject_OpenIfOverADirectory_TypeMismatch()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\Taken");
            status = ZwCreateSymbolicLinkObject(out _, SYMBOLIC_LINK_ALL_ACCESS, ObTest.Attributes(@"\Taken", ObTest.KernelNameAttributes | OBJ_OPENIF), @"\Device");
            ZwClose(h);
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }

    [Theory]
    [InlineData("Device", 0xC000003B)]            // STATUS_OBJECT_PATH_SYNTAX_BAD: no leading backslash and no root
    [InlineData("", 0xC000003B)]                  // STATUS_OBJECT_PATH_SYNTAX_BAD: empty name and no root
    [InlineData(@"\Device\", 0xC0000033)]         // STATUS_OBJECT_NAME_INVALID: empty string after a separator
    [InlineData(@"\\Device", 0xC0000033)]
    [InlineData(@"\NoSuchDirectory\Sub", 0xC000003A)] // STATUS_OBJECT_PATH_NOT_FOUND: a missing intermediate directory
    [InlineData(@"\NoSuchDirectory", 0xC0000034)]     // STATUS_OBJECT_NAME_NOT_FOUND
    [InlineData(@"\ObjectTypes\Thread", 0xC0000024)]  // STATUS_OBJECT_TYPE_MISMATCH: not a directory
    [InlineData(@"\ObjectTypes\Thread\X", 0xC0000024)] // a path through an object that is not a directory
    public void ZwOpenDirectoryObject_BadNames_ReturnWindowsStatus(string name, uint expected)
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        HANDLE handle = (HANDLE)1L;
        MachineAssert.Completed(machine, machine.Run(() => status = ObTest.OpenDirectory(name, out handle)));
        Assert.Equal(expected, (uint)status);
        Assert.True(handle.IsNull);
    }

    [Fact]
    public void ZwCreateDirectoryObject_RelativeToRootDirectory_NamesTheChild()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS absolute = 0, leadingBackslash = 0, emptyRelative = 0;
        string? childName = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = ObTest.CreateDirectory(@"\Parent");
            var child = ObTest.CreateDirectory("Child", root: parent);
            childName = ObTest.QueryName(ObTest.Body(child));
            absolute = ObTest.OpenDirectory(@"\Parent\Child", out var h);
            ZwClose(h);
            leadingBackslash = ObTest.OpenDirectory(@"\Child", out _, root: parent);
            emptyRelative = ObTest.OpenDirectory("", out var self, root: parent);
            ZwClose(self);
            ZwClose(child);
            ZwClose(parent);
        }));
        Assert.Equal(@"\Parent\Child", childName);
        Assert.Equal(STATUS_SUCCESS, absolute);
        Assert.Equal(STATUS_OBJECT_PATH_SYNTAX_BAD, leadingBackslash);
        Assert.Equal(STATUS_SUCCESS, emptyRelative);
    }

    [Fact]
    public void QuestionMarksAndDosDevices_ResolveToGlobalQuestionMarks()
    {
        using var machine = MachineAssert.Boot();
        object? viaGlobal = null, viaQuestionMarks = null, viaDosDevices = null;
        string? name = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(@"\??\Drive");
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\GLOBAL??\drive", out var h1));
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\??\DRIVE", out var h2));
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\DosDevices\Drive", out var h3));
            viaGlobal = ObTest.Body(h1);
            viaQuestionMarks = ObTest.Body(h2);
            viaDosDevices = ObTest.Body(h3);
            name = ObTest.QueryName(viaDosDevices);
            foreach (var handle in (HANDLE[])[h, h1, h2, h3])
            {
                ZwClose(handle);
            }
        }));
        Assert.Same(viaGlobal, viaQuestionMarks);
        Assert.Same(viaGlobal, viaDosDevices);
        Assert.Equal(@"\GLOBAL??\Drive", name);
    }

    [Fact]
    public void ZwClose_LastHandleOfTemporaryObject_RemovesItsName()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS afterClose = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ZwClose(ObTest.CreateDirectory(@"\Temporary"));
            afterClose = ObTest.OpenDirectory(@"\Temporary", out _);
        }));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, afterClose);
        Assert.DoesNotContain("Temporary", machine.ListObjectDirectory(@"\"));
    }

    [Fact]
    public void ZwMakeTemporaryObject_PermanentObject_NameGoesWithLastHandle()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS afterFirstClose = 0, afterTemporary = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ZwClose(ObTest.CreateDirectory(@"\Permanent", ObTest.KernelNameAttributes | OBJ_PERMANENT));
            afterFirstClose = ObTest.OpenDirectory(@"\Permanent", out var h);
            Assert.Equal(STATUS_SUCCESS, ZwMakeTemporaryObject(h));
            ZwClose(h);
            afterTemporary = ObTest.OpenDirectory(@"\Permanent", out _);
        }));
        Assert.Equal(STATUS_SUCCESS, afterFirstClose);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, afterTemporary);
    }

    [Fact]
    public void ObQueryNameString_RootUnnamedAndTooSmall()
    {
        using var machine = MachineAssert.Boot();
        string? root = null, unnamed = null;
        NTSTATUS tooSmall = 0;
        uint needed = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ObTest.OpenDirectory(@"\", out var h));
            root = ObTest.QueryName(ObTest.Body(h));
            var anonymous = ObTest.CreateDirectory(null);
            unnamed = ObTest.QueryName(ObTest.Body(anonymous));
            tooSmall = ObQueryNameString(ObTest.Body(h), out _, 16, out needed);
            ZwClose(anonymous);
            ZwClose(h);
        }));
        Assert.Equal(@"\", root);
        Assert.Equal("", unnamed);
        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, tooSmall);
        Assert.Equal(16u + 4u, needed); // OBJECT_NAME_INFORMATION + "\" + NUL
    }

    [Fact]
    public void ZwCreateDirectoryObject_UninitializedAttributes_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS noLength = 0, badBits = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            noLength = ZwCreateDirectoryObject(out _, DIRECTORY_ALL_ACCESS, new OBJECT_ATTRIBUTES { ObjectName = @"\X" });
            badBits = ZwCreateDirectoryObject(out _, DIRECTORY_ALL_ACCESS, ObTest.Attributes(@"\X", 0x8000_0000));
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER, noLength);
        Assert.Equal(STATUS_INVALID_PARAMETER, badBits);
    }

    [Fact]
    public void ZwCreateDirectoryObject_MalformedName_BugChecksC4_E4()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var name = new UNICODE_STRING { Buffer = new char[4], Length = 6, MaximumLength = 4 };
            InitializeObjectAttributes(out var oa, name, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            ZwCreateDirectoryObject(out _, DIRECTORY_ALL_ACCESS, oa);
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE4, 0, 0, 0);
        Assert.Contains("Length 6 exceeds MaximumLength 4", info.Detail);
    }

    [Fact]
    public void ZwOpenDirectoryObject_AtDispatchLevel_BugChecksC4_E6()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ObTest.OpenDirectory(@"\Device", out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE6, 0, 2, 0);
    }
}
