using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;
using static NtSim.Tests.Mm.ProbeTests;

namespace NtSim.Tests.Mm;

public sealed class MdlConcurrencyTests
{
    [Theory]
    [InlineData(ExecutionMode.Deterministic)]
    [InlineData(ExecutionMode.Concurrent)]
    public void ManyThreads_LockMapWriteUnlock_OneUserBuffer_AllWritesLand(ExecutionMode mode)
    {
        const int threads = 4, rounds = 25, slice = 0x1800;
        using var machine = Boot(processors: 4, seed: 3, mode: mode);
        var (app, buffer) = App(machine, threads * slice, PAGE_READWRITE);
        Completed(machine, machine.Run(() =>
        {
            var handles = new HANDLE[threads];
            for (var t = 0; t < threads; t++)
            {
                var part = buffer + (ulong)(t * slice);
                var value = (byte)(t + 1);
                PsCreateSystemThread(out handles[t], 0, null, HANDLE.NULL, _ =>
                {
                    for (var round = 0; round < rounds; round++)
                    {
                        KeStackAttachProcess(app, out var state);
                        var mdl = IoAllocateMdl(part, slice, false, false, null)!;
                        MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
                        KeUnstackDetachProcess(ref state);
                        var system = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
                        KeRaiseIrql(DISPATCH_LEVEL, out var old);
                        RtlFillMemory(system, slice, value);
                        KeLowerIrql(old);
                        MmUnlockPages(mdl);
                        IoFreeMdl(mdl);
                    }
                }, null);
            }

            foreach (var handle in handles)
            {
                ZwWaitForSingleObject(handle, false, null);
                ZwClose(handle);
            }
        }));

        var bytes = app.AddressSpace.Read(buffer.Address, threads * slice);
        for (var t = 0; t < threads; t++)
        {
            Assert.All(bytes.AsSpan(t * slice, slice).ToArray(), b => Assert.Equal((byte)(t + 1), b));
        }

        Assert.Equal(0, app.AddressSpace.LockedPageCount);
        Assert.Equal(0, machine.Memory.SystemPtes.MappedPages);
        Assert.Equal(0, machine.Tracking.Count);
    }
}
