using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Mm;

/// <summary>MmQuerySystemSize and the pageable-section routines (no pageable sections in NtSim: counts only).</summary>
public sealed class MmPagingTests
{
    [Fact]
    public void MmQuerySystemSize_IsLarge_AtAnyIrql()
    {
        using var machine = Machine.Boot(new MachineOptions { MemoryMegabytes = 64 });
        MM_SYSTEMSIZE passive = MmSmallSystem, high = MmSmallSystem;
        Completed(machine, machine.Run(() =>
        {
            passive = MmQuerySystemSize();
            KeRaiseIrql(HIGH_LEVEL, out var old);
            high = MmQuerySystemSize();
            KeLowerIrql(old);
        }));

        Assert.Equal(MmLargeSystem, passive);
        Assert.Equal(MmLargeSystem, high);
    }

    [Fact]
    public void MmLockPagableSection_CountsLocks_AndAnUnlockTooManyIsAClearError()
    {
        using var machine = Boot();
        var message = "";
        PVOID code = default, data = default;
        Completed(machine, machine.Run(() =>
        {
            code = MmLockPagableCodeSection((Action)MmLockPagableSection_CountsLocks_AndAnUnlockTooManyIsAClearError);
            data = MmLockPagableDataSection(new object());
            MmLockPagableSectionByHandle(code);
            MmUnlockPagableImageSection(code);
            MmUnlockPagableImageSection(code);
            MmUnlockPagableImageSection(data);
            try
            {
                MmUnlockPagableImageSection(code);
            }
            catch (InvalidOperationException e)
            {
                message = e.Message;
            }
        }));

        Assert.Equal(code, data);   // one driver, one image: one handle
        Assert.Contains("unlocked once too often?", message);
    }

    [Fact]
    public void MmLockPagableCodeSection_AtDispatchLevel_BugChecksC4_E5()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            MmLockPagableCodeSection(new object());
        });

        // 0xC4/0xE5 (P2 the IRQL): the routine may page the section in, so IRQL <= APC_LEVEL.
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    [Fact]
    public void MmPageEntireDriver_ReturnsTheDriversBase_AtPassiveLevelOnly()
    {
        using var machine = Boot();
        machine.Services.Install<PagedDriver>("Paged");
        Completed(machine, machine.Services.Start("Paged"));
        Assert.False(PagedDriver.Handle.IsNull);
        Assert.Equal(PagedDriver.Handle, PagedDriver.Locked);

        var status = machine.Run(() =>
        {
            KeRaiseIrql(APC_LEVEL, out _);
            MmPageEntireDriver(new object());
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)APC_LEVEL, 0, 0);
    }

    public sealed class PagedDriver : IDriver
    {
        internal static PVOID Handle { get; private set; }

        internal static PVOID Locked { get; private set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            Handle = MmPageEntireDriver((Func<DRIVER_OBJECT, UNICODE_STRING, NTSTATUS>)DriverEntry);
            Locked = MmLockPagableCodeSection(DriverObject);
            MmUnlockPagableImageSection(Locked);
            MmResetDriverPaging(DriverObject);
            return STATUS_SUCCESS;
        }
    }
}
