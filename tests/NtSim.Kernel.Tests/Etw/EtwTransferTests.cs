using static NtSim.Wdm;

namespace NtSim.Tests.Etw;

public sealed class EtwTransferTests
{
    private static readonly Guid Provider = new("0f0e0d0c-8888-4e55-9a0e-2d0c0ffee009");

    [Fact]
    public void EtwWriteExAndEtwWriteTransfer_RecordTheActivityAndRelatedActivityIds()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("s", TraceProviderEnable.ById(Provider));
        var activity = new Guid("aaaaaaaa-0000-0000-0000-000000000001");
        var related = new Guid("bbbbbbbb-0000-0000-0000-000000000002");
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            EventDescCreate(out var descriptor, 9, 0, 0, TRACE_LEVEL_INFORMATION, 0, 0, 0);
            EventDataDescCreate(out EVENT_DATA_DESCRIPTOR value, (ushort)0x1234);
            Assert.Equal(STATUS_SUCCESS, EtwWriteEx(handle, descriptor, 0, 0, activity, related, 1, [value]));
            Assert.Equal(STATUS_SUCCESS, EtwWriteTransfer(handle, descriptor, null, related, 0, []));
            EtwUnregister(handle);
        }));

        Assert.Collection(session.Events,
            e =>
            {
                Assert.Equal((activity, related), (e.ActivityId, e.RelatedActivityId));
                Assert.Equal(new byte[] { 0x34, 0x12 }, e.Payload);
                Assert.Equal("Event 9 (level 4, keyword 0x0, opcode 0, task 0) payload 3412", TraceFormat.Message(e));
            },
            e => Assert.Equal((Guid.Empty, related), (e.ActivityId, e.RelatedActivityId)));
        Assert.True(session.Events[0].Sequence < session.Events[1].Sequence);
    }

    [Fact]
    public void EtwWrite_CountPastTheArray_IsAnAccessViolationInTheCaller()
    {
        using var machine = MachineAssert.Boot();
        machine.Tracing.StartSession("s", TraceProviderEnable.ById(Provider));
        NTSTATUS caught = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            EventDataDescCreate(out EVENT_DATA_DESCRIPTOR value, 1);
            try
            {
                EtwWrite(handle, default, null, 2, [value]);
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }

            EtwUnregister(handle);
        }));

        Assert.Equal(STATUS_ACCESS_VIOLATION, caught);
    }
}
