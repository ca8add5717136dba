using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;
using static NtSim.Tests.Mm.ProcessContextTests;

namespace NtSim.Tests.Mm;

public sealed class ProbeTests
{
    private static readonly uint Tag = TAG("Prb1");

    [Fact]
    public void ProbeForRead_LengthZero_ChecksNothing()
    {
        using var machine = Boot();
        var statuses = new List<NTSTATUS>();
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag);
            statuses.Add(CatchStatus(() => ProbeForRead(pool + 1, 0, 8)));
            statuses.Add(CatchStatus(() => ProbeForWrite(pool + 1, 0, 8)));
            statuses.Add(CatchStatus(() => ProbeForRead(new PVOID(0xFFFF_FFFF_FFFF_FFFF), 0, 4)));
        }));
        Assert.All(statuses, s => Assert.Equal(STATUS_SUCCESS, s));
    }

    [Theory]
    [InlineData(2u)]
    [InlineData(4u)]
    [InlineData(8u)]
    [InlineData(16u)]
    public void ProbeForRead_MisalignedUserAddress_RaisesDatatypeMisalignment(uint alignment)
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        var status = InProcess(machine, app, () => ProbeForRead(buffer + 1, 4, alignment));
        Assert.Equal(STATUS_DATATYPE_MISALIGNMENT, status);
    }

    [Fact]
    public void ProbeForWrite_MisalignedKernelAddress_RaisesMisalignmentFirst()
    {
        using var machine = Boot();
        NTSTATUS status = STATUS_SUCCESS;
        Completed(machine, machine.Run(() => status = CatchStatus(() => ProbeForWrite(new PVOID(0xFFFF_A50F_0000_0002), 8, 4))));
        Assert.Equal(STATUS_DATATYPE_MISALIGNMENT, status);
    }

    [Fact]
    public void ProbeForRead_KernelAddress_RaisesAccessViolation()
    {
        using var machine = Boot();
        NTSTATUS status = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            status = CatchStatus(() => ProbeForRead(pool, 64, 1));
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, status);
    }

    [Fact]
    public void ProbeForRead_RangeEndingPastUserProbeAddress_RaisesAccessViolation()
    {
        using var machine = Boot();
        NTSTATUS inside = STATUS_ACCESS_VIOLATION, across = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            inside = CatchStatus(() => ProbeForRead(MM_USER_PROBE_ADDRESS - 0x10, 0x10, 1));
            across = CatchStatus(() => ProbeForRead(MM_USER_PROBE_ADDRESS - 0x10, 0x11, 1));
        }));
        Assert.Equal(STATUS_SUCCESS, inside);
        Assert.Equal(STATUS_ACCESS_VIOLATION, across);
    }

    [Fact]
    public void ProbeForRead_RangeThatWraps_RaisesAccessViolation()
    {
        using var machine = Boot();
        NTSTATUS status = STATUS_SUCCESS;
        Completed(machine, machine.Run(() => status = CatchStatus(() => ProbeForRead(new PVOID(0x10000), ulong.MaxValue - 0x100, 1))));
        Assert.Equal(STATUS_ACCESS_VIOLATION, status);
    }

    [Fact]
    public void ProbeForRead_UncommittedUserBuffer_Passes_ButTouchRaises()
    {
        // ProbeForRead checks the range only; the driver's later touch (in its try block) raises.
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        NTSTATUS probe = STATUS_ACCESS_VIOLATION, touch = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            probe = CatchStatus(() => ProbeForRead(buffer + 0x1000, 0x100, 1));
            touch = CatchStatus(() => _ = (buffer + 0x1000).Read<byte>());
            KeUnstackDetachProcess(ref state);
        }));
        Assert.Equal(STATUS_SUCCESS, probe);
        Assert.Equal(STATUS_ACCESS_VIOLATION, touch);
    }

    [Fact]
    public void ProbeForWrite_WritableUserBuffer_Passes()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x3000, PAGE_READWRITE);
        Assert.Equal(STATUS_SUCCESS, InProcess(machine, app, () => ProbeForWrite(buffer + 8, 0x2FF8, 8)));
    }

    [Fact]
    public void ProbeForWrite_ReadOnlyPage_RaisesAccessViolation()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x2000, PAGE_READWRITE);
        Assert.True(app.AddressSpace.Protect(buffer.Address + 0x1000, 0x1000, PAGE_READONLY));
        Assert.Equal(STATUS_SUCCESS, InProcess(machine, app, () => ProbeForRead(buffer, 0x2000, 1)));
        Assert.Equal(STATUS_SUCCESS, InProcess(machine, app, () => ProbeForWrite(buffer, 0x1000, 1)));
        Assert.Equal(STATUS_ACCESS_VIOLATION, InProcess(machine, app, () => ProbeForWrite(buffer, 0x1001, 1)));
    }

    [Fact]
    public void ProbeForWrite_UncommittedPage_RaisesAccessViolation()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        Assert.Equal(STATUS_ACCESS_VIOLATION, InProcess(machine, app, () => ProbeForWrite(buffer + 0xF00, 0x200, 1)));
    }

    [Fact]
    public void ProbeForWrite_NoAccessPage_RaisesAccessViolation()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_NOACCESS);
        Assert.Equal(STATUS_ACCESS_VIOLATION, InProcess(machine, app, () => ProbeForWrite(buffer, 4, 4)));
    }

    [Fact]
    public void ProbeForWrite_GuardPage_RaisesGuardViolationOnce()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE | PAGE_GUARD);
        Assert.Equal(STATUS_GUARD_PAGE_VIOLATION, InProcess(machine, app, () => ProbeForWrite(buffer, 4, 4)));
        Assert.Equal(STATUS_SUCCESS, InProcess(machine, app, () => ProbeForWrite(buffer, 4, 4)));
    }

    [Fact]
    public void ProbeForWrite_OtherProcessBuffer_RaisesAccessViolation()
    {
        using var machine = Boot();
        var (_, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        var other = EPROCESS.CreateUser(machine, "other.exe");
        Assert.Equal(STATUS_ACCESS_VIOLATION, InProcess(machine, other, () => ProbeForWrite(buffer, 4, 4)));
    }

    [Fact]
    public void ProbeForRead_AtDispatch_BugChecksC4_IrqlExApcLte2()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ProbeForRead(new PVOID(0x10000), 4, 4);
        });
        var info = BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x00020006, 0, 0, 0);
        Assert.Contains("IrqlExApcLte2", info.Detail);
    }

    [Fact]
    public void ProbeForRead_AlignmentNotAPowerOfTwo_IsAClearError()
    {
        using var machine = Boot();
        Exception? error = null;
        Completed(machine, machine.Run(() =>
        {
            try
            {
                ProbeForRead(new PVOID(0x10000), 4, 3);
            }
            catch (ArgumentOutOfRangeException e)
            {
                error = e;
            }
        }));
        Assert.Contains("Alignment must be 1, 2, 4, 8 or 16", error?.Message);
    }

    [Fact]
    public void UncaughtProbeFailure_BugChecks7E_WithTheStatus()
    {
        using var machine = Boot();
        var status = machine.Run(() => ProbeForWrite(new PVOID(0x10000), 4, 4));
        BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, unchecked((uint)STATUS_ACCESS_VIOLATION), 0, 0, 0);
    }

    internal static (EPROCESS App, PVOID Buffer) App(Machine machine, ulong size, uint protect)
    {
        var app = EPROCESS.CreateUser(machine, "app.exe");
        return (app, app.AddressSpace.Allocate(size, protect));
    }

    /// <summary>Runs <paramref name="action"/> attached to <paramref name="process"/> and returns the status it raised.</summary>
    internal static NTSTATUS InProcess(Machine machine, EPROCESS process, Action action)
    {
        NTSTATUS status = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(process, out var state);
            status = CatchStatus(action);
            KeUnstackDetachProcess(ref state);
        }));
        return status;
    }
}
