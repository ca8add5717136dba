using System.Runtime.CompilerServices;
using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Mm;

/// <summary>MmAllocatePagesForMdl(Ex), MmFreePagesFromMdl and MmMapLockedPages(SpecifyCache).</summary>
public sealed class PagesForMdlTests
{
    private static readonly LARGE_INTEGER NoLimit = -1;   // MAXULONG64 as a PHYSICAL_ADDRESS

    [Fact]
    public void MmAllocatePagesForMdl_GivesUnmappedPages_ThatMmGetSystemAddressForMdlSafeMaps()
    {
        using var machine = Boot();
        MDL? mdl = null;
        short flagsBefore = 0;
        long physical = 0;
        ulong pfn = 0;
        byte[] read = [];
        Completed(machine, machine.Run(() =>
        {
            mdl = MmAllocatePagesForMdl(0, NoLimit, 0, 2 * PAGE_SIZE + 100)!;
            flagsBefore = mdl.MdlFlags;
            pfn = MmGetMdlPfnArray(mdl)[2];
            var va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            physical = MmGetPhysicalAddress(va + 2 * PAGE_SIZE).QuadPart;
            read = (va + 2 * PAGE_SIZE).AsReadOnlySpan(4).ToArray();   // zeroed
            "data"u8.CopyTo((va + 2 * PAGE_SIZE).AsSpan(4));
            MmUnmapLockedPages(va, mdl);
            MmFreePagesFromMdl(mdl);
            ExFreePool(mdl);
        }));

        Assert.NotNull(mdl);
        Assert.Equal(2 * PAGE_SIZE + 100, (ulong)mdl.ByteCount);
        Assert.Equal(0, (long)mdl.StartVa.Address);
        Assert.Equal(MDL_PAGES_LOCKED, flagsBefore);
        Assert.Equal((long)(pfn << PAGE_SHIFT), physical);
        Assert.Equal(new byte[4], read);
        Assert.Equal(0, machine.Tracking.Count);
        Assert.Equal(0, machine.Pool.QueryTag("Mdl ").Outstanding);
    }

    [Fact]
    public void MmAllocatePagesForMdl_MoreThanTheMachineHas_GivesAShortMdl_UnlessFullyRequired()
    {
        using var machine = Machine.Boot(new MachineOptions { MemoryMegabytes = 64 });
        uint shortCount = 0;
        MDL? fully = null;
        Completed(machine, machine.Run(() =>
        {
            var mdl = MmAllocatePagesForMdl(0, NoLimit, 0, 128UL << 20)!;
            shortCount = MmGetMdlByteCount(mdl);
            MmFreePagesFromMdl(mdl);
            ExFreePool(mdl);
            fully = MmAllocatePagesForMdlEx(0, NoLimit, 0, 128UL << 20, MmCached, MM_ALLOCATE_FULLY_REQUIRED);
        }));

        Assert.InRange(shortCount, 1u, 64u << 20);   // at most the machine's memory, of the 128 MB asked for
        Assert.Equal(0u, shortCount % (uint)PAGE_SIZE);
        Assert.Null(fully);
    }

    [Fact]
    public void MmAllocatePagesForMdl_BelowTheMachinesPages_ReturnsNull()
    {
        using var machine = Boot();
        MDL? mdl = null;
        Completed(machine, machine.Run(() => mdl = MmAllocatePagesForMdl(0, 0xFFFFF, 0, PAGE_SIZE)));
        Assert.Null(mdl);
    }

    [Fact]
    public void MmAllocatePagesForMdlEx_AtDispatchLevel_NeedsNoWait()
    {
        using var machine = Boot();
        MDL? mdl = null;
        Completed(machine, machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            mdl = MmAllocatePagesForMdlEx(0, NoLimit, 0, PAGE_SIZE, MmCached, MM_ALLOCATE_NO_WAIT);
            MmFreePagesFromMdl(mdl!);
            ExFreePool(mdl!);
            KeLowerIrql(old);
        }));
        Assert.NotNull(mdl);

        using var strict = Boot();
        var status = strict.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            MmAllocatePagesForMdlEx(0, NoLimit, 0, PAGE_SIZE, MmCached, 0);
        });

        // 0xC4/0xE5 (P2 the IRQL): without MM_ALLOCATE_NO_WAIT the routine may wait, so IRQL <= APC_LEVEL.
        BugCheck(strict, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    [Fact]
    public void MmFreePagesFromMdl_OfAnMdlWithProbedAndLockedPages_BugChecks4E_9A()
    {
        using var machine = Boot();
        ulong pfn = 0;
        var status = machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 64, TAG("Lock"));
            var mdl = IoAllocateMdl(buffer, 64, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            pfn = MmGetMdlPfnArray(mdl)[0];
            MmFreePagesFromMdl(mdl);
        });

        // PFN_LIST_CORRUPT 0x9A: a driver freeing a page still locked for I/O (P2 the frame, P3 its state ActiveAndValid, P4 its reference count).
        BugCheck(machine, status, PFN_LIST_CORRUPT, 0x9A, pfn, 6, 1);
    }

    [Fact]
    public void MmFreePagesFromMdl_Twice_BugChecks4E_99()
    {
        using var machine = Boot();
        ulong pfn = 0;
        var status = machine.Run(() =>
        {
            var mdl = MmAllocatePagesForMdl(0, NoLimit, 0, PAGE_SIZE)!;
            pfn = MmGetMdlPfnArray(mdl)[0];
            MmFreePagesFromMdl(mdl);
            MmFreePagesFromMdl(mdl);
        });

        // PFN_LIST_CORRUPT 0x99: the frame's state is wrong for the operation (P2 the frame, P3 its state: the free list, P4 0).
        var info = BugCheck(machine, status, PFN_LIST_CORRUPT, 0x99, pfn, 1, 0);
        Assert.Contains("freed already", info.Detail);
    }

    [Fact]
    public void MmFreePagesFromMdl_OfAnMdlThatHasNoPages_BugChecks4E_99()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(new PVOID(0x10000), 64, false, false, null)!;
            MmFreePagesFromMdl(mdl);
        });

        BugCheck(machine, status, PFN_LIST_CORRUPT, 0x99, 0, 0, 0);
    }

    [Fact]
    public void MmMapLockedPagesSpecifyCache_KernelMode_MapsOnce_AndUserModeIsNotSupported()
    {
        using var machine = Boot();
        string twice = "", user = "";
        PVOID first = default, second = default;
        Completed(machine, machine.Run(() =>
        {
            var mdl = MmAllocatePagesForMdl(0, NoLimit, 0, PAGE_SIZE)!;
            first = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, PVOID.NULL, 0, HighPagePriority);
            first.Write(42);
            try
            {
                MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, PVOID.NULL, 0, HighPagePriority);
            }
            catch (InvalidOperationException e)
            {
                twice = e.Message;
            }

            try
            {
                MmMapLockedPagesSpecifyCache(mdl, UserMode, MmCached, PVOID.NULL, 0, NormalPagePriority);
            }
            catch (NotSupportedException e)
            {
                user = e.Message;
            }

            MmUnmapLockedPages(first, mdl);
            second = MmMapLockedPages(mdl, KernelMode);
            Assert.Equal(42, second.Read<int>());
            MmUnmapLockedPages(second, mdl);
            MmFreePagesFromMdl(mdl);
            ExFreePool(mdl);
        }));

        Assert.False(first.IsNull);
        Assert.Contains("mapped into system space already", twice);
        Assert.Contains("UserMode mapping", user);
        Assert.Equal(0, machine.Tracking.Count);
    }

    [Fact]
    public void MmMapLockedPagesSpecifyCache_FailingWithBugCheckOnFailure_BugChecks3F()
    {
        using var machine = Boot();
        machine.Ddis.FaultInjection = call => call.Ddi == "MmMapLockedPagesSpecifyCache";
        PVOID failed = default;
        var status = machine.Run(() =>
        {
            var mdl = MmAllocatePagesForMdl(0, NoLimit, 0, 3 * PAGE_SIZE)!;
            failed = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, PVOID.NULL, 0, NormalPagePriority);
            Assert.True(failed.IsNull);
            MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, PVOID.NULL, 1, NormalPagePriority);
        });

        // NO_MORE_SYSTEM_PTES: P1 the PTE type (system PTEs, 0), P2 the pages asked for.
        BugCheck(machine, status, NO_MORE_SYSTEM_PTES, 0, 3, 0, 0);
    }

    [Fact]
    public void Stop_WithPagesLeftInAnMdl_ReportsThePagesAndTheMdlsPool()
    {
        using var machine = Boot();
        machine.Services.Install<PagesKeeper>("PagesKeeper");
        Completed(machine, machine.Services.Start("PagesKeeper"));

        var report = machine.Services.Stop("PagesKeeper");

        Assert.Equal([UnloadLeakKind.PoolAllocation, UnloadLeakKind.Mdl], report.Items.Select(i => i.Kind));
        Assert.Contains("Pool 'Mdl '", report.Items[0].Description);
        Assert.Contains("4 physical page(s)", report.Items[1].Description);
        Assert.Contains("from MmAllocatePagesForMdlEx (MmFreePagesFromMdl, then ExFreePool)", report.Items[1].Description);
        Assert.All(report.Items, i => Assert.Equal($"{nameof(PagesForMdlTests)}.cs:{PagesKeeper.AllocationLine}", i.Location));
    }

    public sealed class PagesKeeper : IDriver
    {
        internal static int AllocationLine { get; private set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            AllocationLine = Line(); var mdl = MmAllocatePagesForMdlEx(0, -1, 0, 4 * PAGE_SIZE, MmCached, 0);
            return mdl is null ? STATUS_INSUFFICIENT_RESOURCES : STATUS_SUCCESS;
        }

        private static int Line([CallerLineNumber] int line = 0) => line;
    }
}
