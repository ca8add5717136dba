using static NtSim.Wdm;

namespace NtSim.Cli.Selftest;

/// <summary>A bounded buffer: a semaphore counts free slots, another counts items, a spin lock
/// guards the queue, and an event says the consumer is done.</summary>
internal static class ProducerConsumer
{
    private const int Items = 20;
    private const int Slots = 4;

    internal static ScenarioResult Run(Machine machine)
    {
        var consumed = new List<int>();
        var maxBuffered = 0;
        var status = machine.Run(() =>
        {
            var buffer = new Queue<int>();
            var bufferLock = new KSPIN_LOCK();
            var free = new KSEMAPHORE();
            var filled = new KSEMAPHORE();
            var done = new KEVENT();
            KeInitializeSpinLock(bufferLock);
            KeInitializeSemaphore(free, Slots, Slots);
            KeInitializeSemaphore(filled, 0, Slots);
            KeInitializeEvent(done, NotificationEvent, false);

            void Producer(object? context)
            {
                for (var i = 1; i <= Items; i++)
                {
                    KeWaitForSingleObject(free, Executive, KernelMode, false, null);
                    KeAcquireSpinLock(bufferLock, out var irql);
                    buffer.Enqueue(i);
                    maxBuffered = Math.Max(maxBuffered, buffer.Count);
                    KeReleaseSpinLock(bufferLock, irql);
                    KeReleaseSemaphore(filled, 0, 1, false);
                }
            }

            void Consumer(object? context)
            {
                for (var i = 1; i <= Items; i++)
                {
                    KeWaitForSingleObject(filled, Executive, KernelMode, false, null);
                    KeAcquireSpinLock(bufferLock, out var irql);
                    consumed.Add(buffer.Dequeue());
                    KeReleaseSpinLock(bufferLock, irql);
                    KeReleaseSemaphore(free, 0, 1, false);
                }

                KeSetEvent(done, 0, false);
            }

            PsCreateSystemThread(out var producer, THREAD_ALL_ACCESS, null, HANDLE.NULL, Producer, null);
            PsCreateSystemThread(out var consumer, THREAD_ALL_ACCESS, null, HANDLE.NULL, Consumer, null);
            ZwClose(producer);
            ZwClose(consumer);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }, "Main");

        var inOrder = consumed.SequenceEqual(Enumerable.Range(1, Items));
        var passed = status == RunStatus.Completed && inOrder && maxBuffered <= Slots;
        return new ScenarioResult(passed,
        [
            $"run: {Scenarios.Describe(machine, status)}",
            $"consumed {consumed.Count} items {(inOrder ? "in order" : "OUT OF ORDER")}; at most {maxBuffered} of {Slots} slots used",
        ]);
    }
}
