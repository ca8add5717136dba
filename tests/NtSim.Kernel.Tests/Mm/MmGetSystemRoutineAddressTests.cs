using static NtSim.Wdm;

namespace NtSim.Tests.Mm;

/// <summary>MmGetSystemRoutineAddress and the documented pattern of calling a version-dependent routine
/// only where the running release has it ("Writing drivers for different versions of Windows").</summary>
public sealed class MmGetSystemRoutineAddressTests
{
    private const uint Tag = 0x6E6F6956; // 'Vion'

    // typedef PVOID (*PFN_EX_ALLOCATE_POOL2)(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
    private delegate PVOID PFN_EX_ALLOCATE_POOL2(ulong Flags, ulong NumberOfBytes, uint Tag);

    // The same, with the caller's file and line, which NtSim's allocators record for leak reports.
    private delegate PVOID PFN_EX_ALLOCATE_POOL2_TRACKED(ulong Flags, ulong NumberOfBytes, uint Tag,
        [System.Runtime.CompilerServices.CallerFilePath] string file = "", [System.Runtime.CompilerServices.CallerLineNumber] int line = 0);

    private delegate int PFN_KE_SET_EVENT(KEVENT Event, int Increment, bool Wait);

    private delegate NTSTATUS PFN_WRONG(ulong Flags);

    /// <summary>The driver's allocation routine, as the WDK's guidance writes it: ExAllocatePool2 where the
    /// release has it, else ExAllocatePoolWithTag and zeroing.</summary>
    private static PVOID AllocateZeroed(ulong bytes)
    {
        RtlInitUnicodeString(out var name, "ExAllocatePool2");
        var pfnExAllocatePool2 = MmGetSystemRoutineAddress<PFN_EX_ALLOCATE_POOL2>(name);
        if (pfnExAllocatePool2 != null)
        {
            return pfnExAllocatePool2(POOL_FLAG_NON_PAGED, bytes, Tag);
        }

        var p = ExAllocatePoolWithTag(NonPagedPoolNx, bytes, Tag);
        if (!p.IsNull)
        {
            RtlZeroMemory(p, bytes);
        }

        return p;
    }

    [Theory]
    [InlineData(nameof(WindowsVersion.Windows10_1909), 0, 1)]
    [InlineData(nameof(WindowsVersion.Windows10_2004), 1, 0)]
    [InlineData(nameof(WindowsVersion.Windows11_24H2), 1, 0)]
    public void ConditionalCall_UsesExAllocatePool2OnlyWhereTheReleaseHasIt(string release, int pool2Calls, int withTagCalls)
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = Release(release) });
        machine.Ddis.Counting = true;
        var zeroed = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = AllocateZeroed(64);
            Assert.False(p.IsNull);
            zeroed = !p.AsReadOnlySpan(64).ContainsAnyExcept((byte)0);
            ExFreePoolWithTag(p, Tag);
        }));
        Assert.True(zeroed);
        Assert.Equal(pool2Calls, machine.Ddis.CallCount("ExAllocatePool2"));
        Assert.Equal(withTagCalls, machine.Ddis.CallCount("ExAllocatePoolWithTag"));
        Assert.Equal(1, machine.Ddis.CallCount("MmGetSystemRoutineAddress"));
    }

    [Fact]
    public void UntypedForm_IsNullOnOldReleases_AndAnAddressInTheKernelOnNewOnes()
    {
        var old = AddressOf(WindowsVersion.Windows10_1909, "ExAllocatePool2");
        var current = AddressOf(WindowsVersion.Windows11_24H2, "ExAllocatePool2");
        var other = AddressOf(WindowsVersion.Windows11_24H2, "ExAllocatePoolWithTag");
        Assert.True(old.IsNull);
        Assert.False(current.IsNull);
        Assert.NotEqual(current, other);
        Assert.Equal(current, AddressOf(WindowsVersion.Windows11_22H2, "ExAllocatePool2"));
    }

    [Theory]
    [InlineData("NoSuchRoutine")]
    [InlineData("exallocatepool2")]
    [InlineData("IoGetCurrentIrpStackLocation")]
    [InlineData("")]
    public void UnknownNamesAndMacros_AreNull(string name)
    {
        Assert.True(AddressOf(WindowsVersion.Windows11_24H2, name).IsNull);
        using var machine = Machine.Boot();
        PFN_EX_ALLOCATE_POOL2? pfn = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitUnicodeString(out var text, name);
            pfn = MmGetSystemRoutineAddress<PFN_EX_ALLOCATE_POOL2>(text);
        }));
        Assert.Null(pfn);
    }

    [Fact]
    public void OldRoutines_AreThereOnWindows7_AndCallableThroughTheGate()
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = WindowsVersion.Windows7 });
        machine.Ddis.Counting = true;
        var previous = -1;
        var signaled = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitUnicodeString(out var name, "KeSetEvent");
            var pfn = MmGetSystemRoutineAddress<PFN_KE_SET_EVENT>(name);
            Assert.NotNull(pfn);
            var e = new KEVENT();
            KeInitializeEvent(e, NotificationEvent, false);
            previous = pfn(e, 0, false);
            signaled = KeReadStateEvent(e);
        }));
        Assert.Equal(0, previous);
        Assert.Equal(1, signaled);
        Assert.Equal(1, machine.Ddis.CallCount("KeSetEvent"));
    }

    [Fact]
    public void AllocationsThroughTheRoutine_RecordTheCallersLine_OrTheLookupsWithoutCallerInfo()
    {
        using var machine = Machine.Boot();
        int trackedLine = 0, lookupLine = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitUnicodeString(out var name, "ExAllocatePool2");
            var tracked = MmGetSystemRoutineAddress<PFN_EX_ALLOCATE_POOL2_TRACKED>(name)!;
            var plain = MmGetSystemRoutineAddress<PFN_EX_ALLOCATE_POOL2>(name)!; lookupLine = GetLine();
            tracked(POOL_FLAG_NON_PAGED, 32, Tag); trackedLine = GetLine();
            plain(POOL_FLAG_NON_PAGED, 48, Tag);
        }));

        // Leaked on purpose: the tracker shows where each block was allocated.
        var blocks = machine.Tracking.Outstanding(Ex.PoolTestSupport.TestModule, ResourceKind.PoolAllocation);
        Assert.Equal(trackedLine, Assert.Single(blocks, b => b.Size == 32).Line);
        Assert.Equal(lookupLine, Assert.Single(blocks, b => b.Size == 48).Line);
    }

    [Fact]
    public void DelegateOfTheWrongShape_IsTheDriversBug_NamingBothSignatures()
    {
        var methods = SystemRoutines.Resolve(WindowsVersion.Windows11_24H2, "ExAllocatePool2");
        var error = Assert.Throws<ArgumentException>(() => SystemRoutines.Bind<PFN_WRONG>("ExAllocatePool2", methods, "", 0));
        Assert.Contains("PFN_WRONG", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExAllocatePool2(UInt64 Flags, UInt64 NumberOfBytes, UInt32 Tag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DdiRows_KnowTheReleaseTheyAppearedIn()
    {
        Assert.Same(WindowsVersion.Windows10_2004, DdiTable.ExAllocatePool2.MinimumVersion);
        Assert.Same(WindowsVersion.Windows7, DdiTable.ExAllocatePoolWithTag.MinimumVersion);
        Assert.Same(WindowsVersion.Windows7, DdiTable.MmGetSystemRoutineAddress.MinimumVersion);
        Assert.All(DdiVersions.Listed.Values, v => Assert.True(v > WindowsVersion.Windows7Sp1, $"{v} need not be listed"));
    }

    private static int GetLine([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;

    private static WindowsVersion Release(string field) =>
        (WindowsVersion)typeof(WindowsVersion).GetField(field)!.GetValue(null)!;

    private static PVOID AddressOf(WindowsVersion version, string routine)
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = version });
        var address = default(PVOID);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitUnicodeString(out var name, routine);
            address = MmGetSystemRoutineAddress(name);
        }));
        return address;
    }
}
