using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Win32Api;

/// <summary>What an application's own code may touch: its user space. A kernel or non-canonical
/// address is an access violation in that process (catchable; uncaught, it ends the process with
/// 0xC0000005); the machine is untouched.</summary>
public sealed class UserModeAccessTests
{
    private const ulong NonCanonical = 0x8000_0000_0000_1000;
    private static readonly uint Tag = TAG("UmAv");

    [Fact]
    public void PVOID_Write_KernelAddressFromUserCode_RaisesAccessViolation_PoolUntouched()
    {
        using var machine = Boot();
        var pool = AllocatePool(machine);
        NTSTATUS caught = STATUS_SUCCESS;
        var app = machine.StartProcess("app", args =>
        {
            try
            {
                pool.Write(0x4141414141414141);
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }

            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(STATUS_ACCESS_VIOLATION, caught);
        Assert.Equal(0, app.ExitCode);
        Assert.Equal(0x1122334455667788, ReadPool(machine, pool));
    }

    [Theory]
    [InlineData(ExecutionMode.Deterministic)]
    [InlineData(ExecutionMode.Concurrent)]
    public void PVOID_Write_KernelAddressUncaught_EndsTheProcessWithC0000005(ExecutionMode mode)
    {
        using var machine = Boot(mode: mode);
        var pool = AllocatePool(machine);
        var app = machine.StartProcess("app", args =>
        {
            pool.Write(0x4141414141414141);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.True(app.HasExited);
        Assert.Equal(unchecked((int)0xC0000005), app.ExitCode);
        Assert.Contains("Unhandled exception 0xC0000005", app.Output);
        Assert.Equal(0x1122334455667788, ReadPool(machine, pool));
        Assert.Null(machine.BugCheck);
    }

    [Theory]
    [InlineData(NonCanonical)]
    [InlineData(0xFFFF_F123_4567_8000)]
    public void PVOID_Read_UnmappedNonUserAddressFromUserCode_EndsTheProcess_NoBugCheck(ulong address)
    {
        using var machine = Boot();
        var app = machine.StartProcess("app", args => (int)new PVOID(address).Read<long>());

        Completed(machine, app.WaitForExit());
        Assert.Equal(unchecked((int)0xC0000005), app.ExitCode);
        Assert.Null(machine.BugCheck);

        // The machine carries on: another process runs.
        var next = machine.StartProcess("next", args => 7);
        Completed(machine, next.WaitForExit());
        Assert.Equal(7, next.ExitCode);
    }

    [Fact]
    public void PVOID_AsSpan_UserRangeRunningIntoKernelSpace_RaisesAccessViolation()
    {
        using var machine = Boot();
        NTSTATUS caught = STATUS_SUCCESS;
        var app = machine.StartProcess("app", args =>
        {
            try
            {
                new PVOID(0xFFFF_FFFF_FFFF_FFF0).AsSpan(0x20).Clear();
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }

            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(STATUS_ACCESS_VIOLATION, caught);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void PVOID_Write_KernelAddressFromASecondThread_EndsTheWholeProcess()
    {
        using var machine = Boot();
        var pool = AllocatePool(machine);
        var app = machine.StartProcess("app", args =>
        {
            var thread = CreateThread(null, 0, _ =>
            {
                pool.Write(0x4141414141414141);
                return 0;
            }, null, 0, out _);
            WaitForSingleObject(thread, INFINITE);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(unchecked((int)0xC0000005), app.ExitCode);
        Assert.Equal(0x1122334455667788, ReadPool(machine, pool));
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void PVOID_ReadWrite_OwnVirtualAllocFromUserCode_Works()
    {
        using var machine = Boot();
        long read = 0;
        var app = machine.StartProcess("app", args =>
        {
            var p = VirtualAlloc(PVOID.NULL, 0x1000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
            (p + 8).Write(0x0102030405060708);
            read = (p + 8).Read<long>();
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(0x0102030405060708, read);
        Assert.Equal(0, app.ExitCode);
    }

    private static PVOID AllocatePool(Machine machine)
    {
        var pool = PVOID.NULL;
        Completed(machine, machine.Run(() =>
        {
            pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag);
            pool.Write(0x1122334455667788);
        }));
        return pool;
    }

    private static long ReadPool(Machine machine, PVOID pool)
    {
        long value = 0;
        Completed(machine, machine.Run(() =>
        {
            value = pool.Read<long>();
            ExFreePoolWithTag(pool, Tag);
        }));
        return value;
    }
}
