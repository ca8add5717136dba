using System.Runtime.CompilerServices;
using System.Text;
using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class RtlQueryRegistryValuesTests
{
    private const string Parameters = @"Sample\Parameters";

    /// <summary>A machine with Services\Sample\Parameters holding a few values.</summary>
    private static Machine Boot()
    {
        var machine = MachineAssert.Boot();
        var key = MachineRegistry.ServicesPath + @"\" + Parameters;
        machine.Registry.SetValue(key, "Level", 3u);
        machine.Registry.SetValue(key, "Name", "sample");
        machine.Registry.SetValue(key, "Paths", new[] { "first", "second" });
        machine.Registry.SetValue(key, "Image", REG_EXPAND_SZ, RegistryData.String(@"%SystemRoot%\drivers\%Unknown%.sys"));
        machine.Registry.SetValue(key, "Big", 0x0102030405060708UL);
        machine.Registry.SetValue(key, "Blob", new byte[] { 1, 2, 3, 4, 5, 6 });
        return machine;
    }

    [Fact]
    public void RtlQueryRegistryValues_DirectDwordAndStringRelativeToServices_FillTheTargets()
    {
        using var machine = Boot();
        var level = new StrongBox<uint>(0);
        var name = new StrongBox<UNICODE_STRING>();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Level", EntryContext = level },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Name", EntryContext = name },
                new(),
            ], null, null);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(3u, level.Value);
        Assert.Equal("sample", name.Value.ToString());
        Assert.Equal(12, name.Value.Length);          // without the NUL
        Assert.Equal(14, name.Value.MaximumLength);   // a new buffer of the value's size
    }

    [Fact]
    public void RtlQueryRegistryValues_AbsolutePath_ReadsTheSameKey()
    {
        using var machine = Boot();
        var level = new StrongBox<int>(-1);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE,
                @"\Registry\Machine\System\CurrentControlSet\Services\Sample\Parameters",
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "LEVEL", EntryContext = level }], null, null));
        }));
        Assert.Equal(3, level.Value);
    }

    [Fact]
    public void RtlQueryRegistryValues_MissingValue_DefaultSkippedOrRequired()
    {
        using var machine = Boot();
        var withDefault = new StrongBox<uint>(0);
        var untouched = new StrongBox<uint>(77);
        var defaultName = new StrongBox<UNICODE_STRING>();
        NTSTATUS optional = 0, required = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            optional = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Missing", EntryContext = withDefault, DefaultType = REG_DWORD, DefaultData = 42u, DefaultLength = 4 },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Missing", EntryContext = untouched, DefaultType = REG_NONE },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Missing", EntryContext = defaultName, DefaultType = REG_SZ, DefaultData = "fallback" },
            ], null, null);
            required = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_REQUIRED, Name = "Missing", EntryContext = untouched }], null, null);
        }));
        Assert.Equal(STATUS_SUCCESS, optional);
        Assert.Equal(42u, withDefault.Value);
        Assert.Equal(77u, untouched.Value);
        Assert.Equal("fallback", defaultName.Value.ToString());
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, required);
    }

    [Fact]
    public void RtlQueryRegistryValues_MissingKey_ObjectNameNotFound()
    {
        using var machine = Boot();
        NTSTATUS status = 0, check = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, @"NoSuchService\Parameters",
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Level", EntryContext = new StrongBox<uint>() }], null, null);
            check = RtlCheckRegistryKey(RTL_REGISTRY_SERVICES, "NoSuchService");
        }));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, status);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, check);
    }

    [Fact]
    public void RtlQueryRegistryValues_RoutineWithoutName_IsCalledForEveryValueWithMultiSzSplitAndExpandSzExpanded()
    {
        using var machine = Boot();
        var calls = new List<string>();
        object? seenContext = null, seenEntryContext = null;
        var context = new object();
        var environment = new Dictionary<string, string> { ["SystemRoot"] = @"C:\Windows" };
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new()
                {
                    QueryRoutine = (name, type, data, length, ctx, entryContext) =>
                    {
                        seenContext = ctx;
                        seenEntryContext = entryContext;
                        calls.Add($"{name} {RegistryValue.TypeName(type)} {length} {RegistryValue.FormatData(type, data.ToArray())}");
                        return STATUS_SUCCESS;
                    },
                    EntryContext = "entry",
                },
            ], context, environment));
        }));
        Assert.Same(context, seenContext);
        Assert.Equal("entry", seenEntryContext);
        Assert.Equal(
        [
            "Level REG_DWORD 4 0x00000003 (3)",
            "Name REG_SZ 14 \"sample\"",
            "Paths REG_SZ 12 \"first\"",
            "Paths REG_SZ 14 \"second\"",
            // An unknown variable stays as it is.
            @"Image REG_SZ 66 ""C:\Windows\drivers\%Unknown%.sys""",
            "Big REG_QWORD 8 0x0102030405060708 (72623859790382856)",
            "Blob REG_BINARY 6 01 02 03 04 05 06",
        ], calls);
    }

    [Fact]
    public void RtlQueryRegistryValues_NoExpand_PassesMultiSzWholeWithAnExtraNulAndExpandSzAsStored()
    {
        using var machine = Boot();
        var calls = new List<(string? Name, uint Type, uint Length)>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RTL_QUERY_REGISTRY_ROUTINE routine = (name, type, data, length, ctx, entryContext) =>
            {
                calls.Add((name, type, length));
                return STATUS_SUCCESS;
            };
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new() { QueryRoutine = routine, Flags = RTL_QUERY_REGISTRY_NOEXPAND, Name = "Paths" },
                new() { QueryRoutine = routine, Flags = RTL_QUERY_REGISTRY_NOEXPAND, Name = "Image" },
            ], null, null));
        }));
        // "first\0second\0\0" is 28 bytes; Windows terminates it once more.
        Assert.Equal([("Paths", REG_MULTI_SZ, 30u), ("Image", REG_EXPAND_SZ, 70u)], calls);
    }

    [Fact]
    public void RtlQueryRegistryValues_DirectMultiSz_OneStringAnElementOrWholeWithNoExpand()
    {
        using var machine = Boot();
        var strings = new UNICODE_STRING[2];
        var whole = new StrongBox<UNICODE_STRING>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Paths", EntryContext = strings },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_NOEXPAND, Name = "Paths", EntryContext = whole },
            ], null, null));
        }));
        Assert.Equal(["first", "second"], strings.Select(s => s.ToString()));
        Assert.Equal(RegistryData.MultiString("first", "second").Length, whole.Value.Length);
    }

    [Fact]
    public void RtlQueryRegistryValues_DirectStringIntoTooSmallBuffer_SucceedsWithoutWriting()
    {
        using var machine = Boot();
        var small = new StrongBox<UNICODE_STRING>();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitEmptyUnicodeString(out small.Value, new char[4], 8);
            status = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Name", EntryContext = small }], null, null);
        }));
        // Windows ignores STATUS_BUFFER_TOO_SMALL from a direct target.
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(0, small.Value.Length);
    }

    [Fact]
    public void RtlQueryRegistryValues_DirectLongData_UsesTheSizedBufferConvention()
    {
        using var machine = Boot();
        var negative = new byte[12];
        BitConverter.GetBytes(-12).CopyTo(negative, 0);
        var positive = new byte[20];
        BitConverter.GetBytes(20).CopyTo(positive, 0);
        var tooSmall = new byte[4];
        BitConverter.GetBytes(-4).CopyTo(tooSmall, 0);
        var qword = new StrongBox<ulong>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Blob", EntryContext = negative },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Blob", EntryContext = positive },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Blob", EntryContext = tooSmall },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Big", EntryContext = qword },
            ], null, null));
        }));
        // Negative size: the data alone, over the size field.
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 0, 0, 0, 0, 0, 0 }, negative);
        Assert.Equal(6u, BitConverter.ToUInt32(positive, 0));
        Assert.Equal(REG_BINARY, BitConverter.ToUInt32(positive, 4));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, positive[8..14]);
        // Too small: nothing written, and the query goes on.
        Assert.Equal(-4, BitConverter.ToInt32(tooSmall, 0));
        Assert.Equal(0x0102030405060708UL, qword.Value);
    }

    [Fact]
    public void RtlQueryRegistryValues_DirectIntoPoolMemory_WritesTheDword()
    {
        using var machine = Boot();
        uint read = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, TAG("Test"));
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Level", EntryContext = p }], null, null));
            read = p.Read<uint>();
            ExFreePoolWithTag(p, TAG("Test"));
        }));
        Assert.Equal(3u, read);
    }

    [Fact]
    public void RtlQueryRegistryValues_DirectTypeThatDoesNotFitTheTarget_ObjectTypeMismatch()
    {
        using var machine = Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Name", EntryContext = new StrongBox<uint>() }], null, null);
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }

    [Fact]
    public void RtlQueryRegistryValues_DirectWithoutNameOrWithRoutine_InvalidParameter()
    {
        using var machine = Boot();
        NTSTATUS noName = 0, withRoutine = 0, badRelativeTo = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            noName = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, EntryContext = new StrongBox<uint>() }], null, null);
            withRoutine = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Level", QueryRoutine = (_, _, _, _, _, _) => STATUS_SUCCESS, EntryContext = new StrongBox<uint>() }],
                null, null);
            badRelativeTo = RtlQueryRegistryValues(RTL_REGISTRY_MAXIMUM, Parameters, [], null, null);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER, noName);
        Assert.Equal(STATUS_INVALID_PARAMETER, withRoutine);
        Assert.Equal(STATUS_INVALID_PARAMETER, badRelativeTo);
    }

    [Fact]
    public void RtlQueryRegistryValues_SubkeyAndTopkey_MoveBetweenKeys()
    {
        using var machine = Boot();
        machine.Registry.SetValue(MachineRegistry.ServicesPath + @"\Sample", "Start", 3u);
        var start = new StrongBox<uint>();
        var level = new StrongBox<uint>();
        var startAgain = new StrongBox<uint>(99);
        var subkeyValues = new List<string?>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, "Sample",
            [
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Start", EntryContext = start },
                new() { Flags = RTL_QUERY_REGISTRY_SUBKEY, Name = "Parameters" },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Level", EntryContext = level },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_TOPKEY, Name = "Start", EntryContext = startAgain },
                // SUBKEY with a routine: every value of the subkey.
                new() { Flags = RTL_QUERY_REGISTRY_SUBKEY, Name = "Parameters", QueryRoutine = (name, _, _, _, _, _) =>
                {
                    subkeyValues.Add(name);
                    return STATUS_SUCCESS;
                } },
            ], null, null));
        }));
        Assert.Equal(3u, start.Value);
        Assert.Equal(3u, level.Value);
        Assert.Equal(3u, startAgain.Value);
        Assert.Equal(["Level", "Name", "Paths", "Paths", "Image", "Big", "Blob"], subkeyValues);
    }

    [Fact]
    public void RtlQueryRegistryValues_NoValueAndDelete_CallOnceAndDeleteWhatWasQueried()
    {
        using var machine = Boot();
        var calls = new List<(string? Name, uint Type, uint Length)>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new() { Flags = RTL_QUERY_REGISTRY_NOVALUE, QueryRoutine = (name, type, _, length, _, _) =>
                {
                    calls.Add((name, type, length));
                    return STATUS_SUCCESS;
                } },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_DELETE, Name = "Level", EntryContext = new StrongBox<uint>() },
            ], null, null));
        }));
        Assert.Equal([(null, REG_NONE, 0u)], calls);
        Assert.Null(machine.Registry.GetValue(MachineRegistry.ServicesPath + @"\" + Parameters, "Level"));
    }

    [Fact]
    public void RtlQueryRegistryValues_RoutineError_StopsTheQueryWithThatStatus()
    {
        using var machine = Boot();
        var count = 0;
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new() { QueryRoutine = (_, _, _, _, _, _) => ++count == 2 ? STATUS_INSUFFICIENT_RESOURCES : STATUS_SUCCESS },
            ], null, null);
        }));
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, status);
        Assert.Equal(2, count);
    }

    [Fact]
    public void RtlQueryRegistryValues_RegistryHandle_QueriesTheOpenKey()
    {
        using var machine = Boot();
        var name = new StrongBox<UNICODE_STRING>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(MachineRegistry.ServicesPath + @"\" + Parameters, out var key));
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_HANDLE, key,
                [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "Name", EntryContext = name }], null, null));
            CmTest.Close(key);
        }));
        Assert.Equal("sample", name.Value.ToString());
    }

    [Fact]
    public void RtlQueryRegistryValues_WindowsNtAndControlRoots_ReadTheBootLayout()
    {
        using var machine = Boot();
        var root = new StrongBox<UNICODE_STRING>();
        var major = new StrongBox<uint>();
        NTSTATUS control = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_WINDOWS_NT, null,
            [
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "SystemRoot", EntryContext = root },
                new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "CurrentMajorVersionNumber", EntryContext = major },
            ], null, null));
            control = RtlCheckRegistryKey(RTL_REGISTRY_CONTROL, "Class");
        }));
        Assert.Equal(@"C:\Windows", root.Value.ToString());
        Assert.Equal(10u, major.Value);
        Assert.Equal(STATUS_SUCCESS, control);
    }

    [Fact]
    public void RtlQueryRegistryValues_DefaultMultiSzString_LengthRunsToTheEmptyString()
    {
        using var machine = Boot();
        var seen = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlQueryRegistryValues(RTL_REGISTRY_SERVICES, Parameters,
            [
                new()
                {
                    Name = "NotThere", DefaultType = REG_MULTI_SZ, DefaultData = "x\0yz\0",
                    QueryRoutine = (_, type, data, _, _, _) =>
                    {
                        seen.Add($"{RegistryValue.TypeName(type)} {Encoding.Unicode.GetString(data).Replace("\0", "|", StringComparison.Ordinal)}");
                        return STATUS_SUCCESS;
                    },
                },
            ], null, null));
        }));
        Assert.Equal(["REG_SZ x|", "REG_SZ yz|"], seen);
    }
}
