using static NtSim.Wdm;

namespace NtSim.Tests.Ps;

/// <summary>PsLookupThreadByThreadId, PsLookupProcessByProcessId, PsGetProcessImageFileName.</summary>
public sealed class PsLookupTests
{
    [Fact]
    public void PsLookupThreadByThreadId_KnownId_ReturnsTheThreadReferenced()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        KTHREAD? found = null, self = null;
        long before = 0, during = 0, after = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            self = KeGetCurrentThread();
            var header = machine.ObjectManager.AdoptThread(self);
            before = header.PointerCount;
            status = PsLookupThreadByThreadId(PsGetCurrentThreadId(), out found);
            during = header.PointerCount;
            ObDereferenceObject(found!);
            after = header.PointerCount;
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Same(self, found);
        Assert.Equal(before + 1, during);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(0x7FF0UL)]
    public void PsLookupThreadByThreadId_UnknownId_IsInvalidParameter(ulong id)
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        KTHREAD? found = KTHREAD.Current;
        MachineAssert.Completed(machine, machine.Run(() => status = PsLookupThreadByThreadId(new HANDLE(id), out found)));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
        Assert.Null(found);
    }

    [Fact]
    public void PsLookupThreadByThreadId_ThreadThatEndedAndWasDeleted_IsInvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            PsCreateSystemThread(out var h, THREAD_ALL_ACCESS, null, HANDLE.NULL, out var cid, _ => { }, null);
            ZwWaitForSingleObject(h, false, null);
            ZwClose(h);
            status = PsLookupThreadByThreadId(cid.UniqueThread, out _);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }

    [Fact]
    public void PsLookupProcessByProcessId_SystemAndUserProcesses_ReferencedUnknownInvalid()
    {
        using var machine = MachineAssert.Boot();
        var app = machine.StartProcess("averyverylongimagename", _ =>
        {
            NtSim.Win32.Sleep(1000);
            return 0;
        });
        NTSTATUS system = 0, user = 0, unknown = 0;
        EPROCESS? systemProcess = null, userProcess = null, none = null;
        string systemName = "", userName = "";
        long during = 0, after = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            system = PsLookupProcessByProcessId(new HANDLE(4), out systemProcess);
            systemName = PsGetProcessImageFileName(systemProcess!);
            ObDereferenceObject(systemProcess!);
            user = PsLookupProcessByProcessId(new HANDLE((ulong)app.Id), out userProcess);
            during = machine.ObjectManager.HeaderOf(userProcess!).PointerCount;
            userName = PsGetProcessImageFileName(userProcess!);
            ObDereferenceObject(userProcess!);
            after = machine.ObjectManager.HeaderOf(userProcess!).PointerCount;
            unknown = PsLookupProcessByProcessId(new HANDLE(0x7FF0), out none);
        }));
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal(STATUS_SUCCESS, system);
        Assert.Same(machine.SystemProcess, systemProcess);
        Assert.Equal("System", systemName);
        Assert.Equal(STATUS_SUCCESS, user);
        Assert.Equal((ulong)app.Id, PsGetProcessId(userProcess!).Value);
        Assert.Equal(after + 1, during);
        // EPROCESS.ImageFileName holds 15 characters.
        Assert.Equal("averyverylongim", userName);
        Assert.Equal(STATUS_INVALID_PARAMETER, unknown);
        Assert.Null(none);
    }

    [Fact]
    public void PsLookupThreadByThreadId_AtDispatchLevel_BreaksItsIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            PsLookupThreadByThreadId(PsGetCurrentThreadId(), out _);
        });

        // 0xC4/0xE5: above its documented IRQL (<= APC_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
