using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Mm;

public sealed class ProcessContextTests
{
    [Fact]
    public void UserMemory_SameAddressInTwoProcesses_IsDifferentMemory()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var b = EPROCESS.CreateUser(machine, "b.exe");
        var inA = a.AddressSpace.Allocate(0x1000, PAGE_READWRITE);
        var inB = b.AddressSpace.Allocate(0x1000, PAGE_READWRITE);
        Assert.Equal(inA, inB);
        a.AddressSpace.Write(inA.Address, "AAAA"u8);
        b.AddressSpace.Write(inB.Address, "BBBB"u8);

        int seenInA = 0, seenInB = 0;
        NTSTATUS inSystem = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(a, out var state);
            seenInA = inA.Read<int>();
            inA.Write(0x41414141 + 1);
            KeUnstackDetachProcess(ref state);

            KeStackAttachProcess(b, out state);
            seenInB = inB.Read<int>();
            KeUnstackDetachProcess(ref state);

            inSystem = CatchStatus(() => inA.Read<int>());
        }));

        Assert.Equal(0x41414141, seenInA);
        Assert.Equal(0x42424242, seenInB);
        Assert.Equal(STATUS_ACCESS_VIOLATION, inSystem);
        Assert.Equal("BAAA"u8.ToArray(), a.AddressSpace.Read(inA.Address, 4));
        Assert.Equal("BBBB"u8.ToArray(), b.AddressSpace.Read(inB.Address, 4));
    }

    [Fact]
    public void UserAddress_OfOneProcess_IsInvalidInAnother()
    {
        using var machine = Boot();
        var owner = EPROCESS.CreateUser(machine, "owner.exe");
        var other = EPROCESS.CreateUser(machine, "other.exe");
        var buffer = owner.AddressSpace.Allocate(0x2000, PAGE_READWRITE);
        bool validInOwner = false, validInOther = true;
        NTSTATUS touchInOther = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(owner, out var state);
            validInOwner = MmIsAddressValid(buffer + 0x1800);
            KeUnstackDetachProcess(ref state);

            KeStackAttachProcess(other, out state);
            validInOther = MmIsAddressValid(buffer + 0x1800);
            touchInOther = CatchStatus(() => (buffer + 0x1800).Write((byte)1));
            KeUnstackDetachProcess(ref state);
        }));

        Assert.True(validInOwner);
        Assert.False(validInOther);
        Assert.Equal(STATUS_ACCESS_VIOLATION, touchInOther);
    }

    [Fact]
    public void KeStackAttachProcess_Nested_DetachesInReverseOrder()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var b = EPROCESS.CreateUser(machine, "b.exe");
        var seen = new List<string>();
        HANDLE ownId = default;
        Completed(machine, machine.Run(() =>
        {
            seen.Add(Name(PsGetCurrentProcess()));
            KeStackAttachProcess(a, out var outer);
            seen.Add(Name(PsGetCurrentProcess()));
            KeStackAttachProcess(b, out var inner);
            seen.Add(Name(PsGetCurrentProcess()));
            ownId = PsGetCurrentProcessId();
            KeUnstackDetachProcess(ref inner);
            seen.Add(Name(PsGetCurrentProcess()));
            KeUnstackDetachProcess(ref outer);
            seen.Add(Name(PsGetCurrentProcess()));
        }));

        Assert.Equal(["System", "a.exe", "b.exe", "a.exe", "System"], seen);
        Assert.Equal(new HANDLE(4), ownId);
    }

    [Fact]
    public void KeStackAttachProcess_ToCurrentProcess_ChangesNothing()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var seen = new List<string>();
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(PsGetCurrentProcess(), out var same);
            seen.Add(Name(PsGetCurrentProcess()));
            KeStackAttachProcess(a, out var toA);
            KeStackAttachProcess(a, out var againA);
            seen.Add(Name(PsGetCurrentProcess()));
            KeUnstackDetachProcess(ref againA);
            seen.Add(Name(PsGetCurrentProcess()));
            KeUnstackDetachProcess(ref toA);
            KeUnstackDetachProcess(ref same);
            seen.Add(Name(PsGetCurrentProcess()));
        }));

        Assert.Equal(["System", "a.exe", "a.exe", "System"], seen);
    }

    [Fact]
    public void KeUnstackDetachProcess_OuterBeforeInner_BugChecks6()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var b = EPROCESS.CreateUser(machine, "b.exe");
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(a, out var outer);
            KeStackAttachProcess(b, out _);
            KeUnstackDetachProcess(ref outer);
        });
        var info = BugCheck(machine, status, INVALID_PROCESS_DETACH_ATTEMPT, 0, 0, 0, 0);
        Assert.Contains("innermost", info.Detail);
    }

    [Fact]
    public void KeUnstackDetachProcess_Twice_BugChecks6()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(a, out var state);
            var copy = state;
            KeUnstackDetachProcess(ref state);
            KeUnstackDetachProcess(ref copy);
        });
        BugCheck(machine, status, INVALID_PROCESS_DETACH_ATTEMPT, 0, 0, 0, 0);
    }

    [Fact]
    public void KeUnstackDetachProcess_StateNeverFilled_BugChecks6()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            var state = default(KAPC_STATE);
            KeUnstackDetachProcess(ref state);
        });
        var info = BugCheck(machine, status, INVALID_PROCESS_DETACH_ATTEMPT, 0, 0, 0, 0);
        Assert.Contains("no KeStackAttachProcess filled in", info.Detail);
    }

    [Fact]
    public void KeStackAttachProcess_FromDpc_BugChecks5_WithDpcFlag()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => KeStackAttachProcess(a, out _), null);
            KeInsertQueueDpc(dpc, null, null);
        });
        var info = BugCheck(machine, status, INVALID_PROCESS_ATTACH_ATTEMPT, a.Address, machine.SystemProcess.Address, 0, 1);
        Assert.Contains("DPC", info.Detail);
    }

    [Fact]
    public void KeStackAttachProcess_AtDispatch_BugChecksC4_E5()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeStackAttachProcess(a, out _);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, 2, 0, 0);
    }

    [Fact]
    public void Thread_EndingWhileAttached_BugChecks5()
    {
        using var machine = Boot();
        var a = EPROCESS.CreateUser(machine, "a.exe");
        var status = machine.Run(() => KeStackAttachProcess(a, out _));
        var info = BugCheck(machine, status, INVALID_PROCESS_ATTACH_ATTEMPT, machine.SystemProcess.Address, a.Address, 1, 0);
        Assert.Contains("ended while attached", info.Detail);
    }

    [Fact]
    public void ThreadOfUserProcess_SeesItsOwnMemory_AndItsProcessId()
    {
        using var machine = Boot();
        var app = EPROCESS.CreateUser(machine, "app.exe");
        var buffer = app.AddressSpace.Allocate(0x1000, PAGE_READWRITE);
        app.AddressSpace.Write(buffer.Address, [7]);
        byte seen = 0;
        HANDLE id = default;
        Completed(machine, machine.Run(() =>
        {
            // The Win32 facade creates an application's threads in its process; here the run thread moves in.
            KeGetCurrentThread().Process = app;
            seen = buffer.Read<byte>();
            id = PsGetCurrentProcessId();
            KeGetCurrentThread().Process = PsInitialSystemProcess;
        }));

        Assert.Equal(7, seen);
        Assert.Equal(app.UniqueProcessId, id);
    }

    [Fact]
    public void ExGetPreviousMode_SystemThread_IsKernelMode_ServiceOfApplication_IsUserMode()
    {
        using var machine = Boot();
        KPROCESSOR_MODE system = MaximumMode, service = MaximumMode, ke = MaximumMode;
        Completed(machine, machine.Run(() =>
        {
            system = ExGetPreviousMode();
            KeGetCurrentThread().PreviousMode = UserMode;
            service = ExGetPreviousMode();
            ke = KeGetPreviousMode();
            KeGetCurrentThread().PreviousMode = KernelMode;
        }));

        Assert.Equal(KernelMode, system);
        Assert.Equal(UserMode, service);
        Assert.Equal(UserMode, ke);
    }

    [Fact]
    public void AddressSpace_ReadOnlyPage_KernelWriteRaises_ReadWorks()
    {
        using var machine = Boot();
        var app = EPROCESS.CreateUser(machine, "app.exe");
        var page = app.AddressSpace.Allocate(0x1000, PAGE_READONLY);
        Assert.Equal(STATUS_ACCESS_VIOLATION, CatchStatus(() => app.AddressSpace.Write(page.Address, [1])));
        Assert.True(app.AddressSpace.Protect(page.Address, 0x1000, PAGE_READWRITE));
        app.AddressSpace.Write(page.Address, [9]);
        Assert.True(app.AddressSpace.Protect(page.Address, 0x1000, PAGE_READONLY));

        byte read = 0;
        NTSTATUS write = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            read = page.Read<byte>();
            write = CatchStatus(() => page.Write((byte)2));
            KeUnstackDetachProcess(ref state);
        }));

        Assert.Equal(9, read);
        Assert.Equal(STATUS_ACCESS_VIOLATION, write);
    }

    [Fact]
    public void AddressSpace_HostAccess_OutsideCommittedMemory_RaisesAccessViolation()
    {
        using var machine = Boot();
        var app = EPROCESS.CreateUser(machine, "app.exe");
        var buffer = app.AddressSpace.Allocate(0x1000, PAGE_READWRITE);
        Assert.Equal(STATUS_ACCESS_VIOLATION, CatchStatus(() => app.AddressSpace.Read(buffer.Address + 0xFFE, 4)));
        Assert.Equal(STATUS_ACCESS_VIOLATION, CatchStatus(() => app.AddressSpace.Read(0, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => app.AddressSpace.Allocate(0x1000, 0x3));
        Assert.True(app.AddressSpace.Free(buffer));
        Assert.Equal(STATUS_ACCESS_VIOLATION, CatchStatus(() => app.AddressSpace.Read(buffer.Address, 1)));
    }

    internal static NTSTATUS CatchStatus(Action action)
    {
        try
        {
            action();
            return STATUS_SUCCESS;
        }
        catch (NtStatusException e)
        {
            return e.Status;
        }
    }

    private static string Name(EPROCESS process) => process.ImageFileName;
}
