using static NtSim.Wdm;

namespace NtSim.Tests.Etw;

public sealed class EtwActivityIdTests
{
    private static readonly Guid Provider = new("0f0e0d0c-5555-4e55-9a0e-2d0c0ffee006");

    [Fact]
    public void EtwActivityIdControl_CreatesSetsGetsAndSwaps_TheThreadsId_WhichWritesUse()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("s", TraceProviderEnable.ById(Provider));
        Guid created = default, afterSet = default, swappedOut = default, beforeCreateSet = default, current = default;
        NTSTATUS bad = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            Assert.Equal(STATUS_SUCCESS, EtwActivityIdControl(EVENT_ACTIVITY_CTRL_CREATE_ID, ref created));
            var set = created;
            EtwActivityIdControl(EVENT_ACTIVITY_CTRL_SET_ID, ref set);
            EtwActivityIdControl(EVENT_ACTIVITY_CTRL_GET_ID, ref afterSet);
            EtwWriteString(handle, 0, 0, null, "in activity");
            swappedOut = Guid.Empty;
            EtwActivityIdControl(EVENT_ACTIVITY_CTRL_GET_SET_ID, ref swappedOut);
            EtwActivityIdControl(EVENT_ACTIVITY_CTRL_CREATE_SET_ID, ref beforeCreateSet);
            EtwActivityIdControl(EVENT_ACTIVITY_CTRL_GET_ID, ref current);
            bad = EtwActivityIdControl(6, ref current);
            EtwUnregister(handle);
        }));

        Assert.NotEqual(Guid.Empty, created);
        Assert.Equal(created, afterSet);
        Assert.Equal(created, swappedOut);
        Assert.Equal(Guid.Empty, beforeCreateSet);
        Assert.NotEqual(Guid.Empty, current);
        Assert.NotEqual(created, current);
        Assert.Equal(STATUS_INVALID_PARAMETER, bad);
        Assert.Equal(created, Assert.Single(session.Events).ActivityId);
    }

    [Fact]
    public void EtwActivityIdControl_CreateIdAtDispatchLevel_IsAllowed_GetIdBugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            var id = Guid.Empty;
            Assert.Equal(STATUS_SUCCESS, EtwActivityIdControl(EVENT_ACTIVITY_CTRL_CREATE_ID, ref id));
            EtwActivityIdControl(EVENT_ACTIVITY_CTRL_GET_ID, ref id);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
