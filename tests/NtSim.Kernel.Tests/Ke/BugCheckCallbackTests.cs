using System.Text;
using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class BugCheckCallbackTests
{
    private static readonly Guid DumpGuid = new("5f6e2a3c-8b1d-4c2e-9a7f-0d1e2f3a4b5c");

    [Fact]
    public void KeRegisterBugCheckCallback_RoutineRunsAtHighLevelWithItsBuffer_WhenTheMachineBugChecks()
    {
        using var machine = MachineAssert.Boot();
        var record = new KBUGCHECK_CALLBACK_RECORD();
        var buffer = new byte[16];
        KIRQL seen = PASSIVE_LEVEL;
        uint length = 0;
        bool registered = false, twice = true;
        var status = machine.Run(() =>
        {
            KeInitializeCallbackRecord(record);
            registered = KeRegisterBugCheckCallback(record, (b, l) =>
            {
                seen = KeGetCurrentIrql();
                length = l;
                b.Span[0] = 0x5A;
            }, buffer, (uint)buffer.Length, "TestDriver");
            twice = KeRegisterBugCheckCallback(record, (_, _) => { }, buffer, 0, "TestDriver");
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
        });
        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
        Assert.True(registered);
        Assert.False(twice);
        Assert.Equal(HIGH_LEVEL, seen);
        Assert.Equal(16u, length);
        Assert.Equal(0x5A, buffer[0]);
        Assert.Equal(KBUGCHECK_BUFFER_DUMP_STATE.BufferFinished, record.State);
    }

    [Fact]
    public void SecondaryDumpData_SizeQueryThenData_IsKeptWithTheMachine()
    {
        using var machine = MachineAssert.Boot();
        var record = new KBUGCHECK_REASON_CALLBACK_RECORD();
        var calls = new List<(bool HasInBuffer, uint InLength, uint Maximum)>();
        var payload = Encoding.ASCII.GetBytes("driver state");
        var status = machine.Run(() =>
        {
            KeInitializeCallbackRecord(record);
            Assert.True(KeRegisterBugCheckReasonCallback(record, (reason, _, data, _) =>
            {
                var dump = (KBUGCHECK_SECONDARY_DUMP_DATA)data!;
                calls.Add((dump.InBuffer.Length != 0, dump.InBufferLength, dump.MaximumAllowed));
                dump.Guid = DumpGuid;
                if (dump.InBuffer.IsEmpty)
                {
                    dump.OutBufferLength = (uint)payload.Length;
                    return;
                }

                payload.CopyTo(dump.InBuffer.Span);
                dump.OutBuffer = dump.InBuffer;
                dump.OutBufferLength = (uint)payload.Length;
            }, KBUGCHECK_CALLBACK_REASON.KbCallbackSecondaryDumpData, "TestDriver"));
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        });
        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        Assert.Equal([(false, 0u, 0x1000u), (true, (uint)payload.Length, 0x1000u)], calls);
        var kept = Assert.Single(machine.BugCheckDumpData);
        Assert.Equal(("TestDriver", DumpGuid), (kept.Component, kept.Guid));
        Assert.Equal(payload, kept.Data);
    }

    [Fact]
    public void DeregisteredCallback_IsNotCalled_AndDeregisteringTwiceIsFalse()
    {
        using var machine = MachineAssert.Boot();
        var record = new KBUGCHECK_CALLBACK_RECORD();
        var called = false;
        bool first = false, second = true;
        var status = machine.Run(() =>
        {
            KeInitializeCallbackRecord(record);
            KeRegisterBugCheckCallback(record, (_, _) => called = true, Memory<byte>.Empty, 0, "TestDriver");
            first = KeDeregisterBugCheckCallback(record);
            second = KeDeregisterBugCheckCallback(record);
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        });
        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        Assert.True(first);
        Assert.False(second);
        Assert.False(called);
        Assert.Empty(machine.BugCheckDumpData);
    }

    [Fact]
    public void CallbackThatFaults_IsAbandoned_TheOthersRun_AndTheBugCheckIsTheFirstOne()
    {
        using var machine = MachineAssert.Boot();
        var faulty = new KBUGCHECK_CALLBACK_RECORD();
        var good = new KBUGCHECK_CALLBACK_RECORD();
        var ran = false;
        var status = machine.Run(() =>
        {
            KeInitializeCallbackRecord(good);
            KeInitializeCallbackRecord(faulty);
            KeRegisterBugCheckCallback(good, (_, _) => ran = true, Memory<byte>.Empty, 0, "Good");
            KeRegisterBugCheckCallback(faulty, (_, _) => throw new InvalidOperationException("broken"), Memory<byte>.Empty, 0, "Faulty");
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 7, 0, 0, 0);
        });
        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 7, 0, 0, 0);
        Assert.True(ran);
        Assert.Equal(KBUGCHECK_BUFFER_DUMP_STATE.BufferIncomplete, faulty.State);
        Assert.Equal(KBUGCHECK_BUFFER_DUMP_STATE.BufferFinished, good.State);
    }
}
