namespace NtSim;

/// <summary>LPOVERLAPPED_COMPLETION_ROUTINE: ReadFileEx's and WriteFileEx's completion routine,
/// run as a user APC in the thread that issued the request.</summary>
public delegate void LPOVERLAPPED_COMPLETION_ROUTINE(uint dwErrorCode, uint dwNumberOfBytesTransfered, OVERLAPPED lpOverlapped);

/// <summary>
/// The completion of a ReadFileEx/WriteFileEx request: once the I/O manager has finished it (status
/// block written, buffers copied back), the completion routine is queued as a user APC to the
/// requestor. A request that fails at once (an error status, not pending) queues nothing, as the
/// I/O manager does not; one that succeeds at once still queues it.
/// </summary>
internal sealed class CompletionRoutineApc : IUserCompletion
{
    private readonly Lock _lock = new();
    private readonly KTHREAD _requestor;
    private readonly IUserCompletion? _buffers;
    private readonly OVERLAPPED _overlapped;
    private readonly LPOVERLAPPED_COMPLETION_ROUTINE _routine;
    private bool _issued;
    private bool _completed;
    private NTSTATUS _status;
    private ulong _information;

    internal CompletionRoutineApc(KTHREAD requestor, IUserCompletion? buffers, OVERLAPPED overlapped, LPOVERLAPPED_COMPLETION_ROUTINE routine)
    {
        _requestor = requestor;
        _buffers = buffers;
        _overlapped = overlapped;
        _routine = routine;
    }

    public void Completed(IRP irp, NTSTATUS status, ulong information)
    {
        _buffers?.Completed(irp, status, information);
        lock (_lock)
        {
            _completed = true;
            _status = status;
            _information = information;
            if (!_issued)
            {
                // Finished inside the service: Issued decides once the service's status is known.
                return;
            }
        }

        Queue();
    }

    /// <summary>The service returned <paramref name="status"/>.</summary>
    internal void Issued(NTSTATUS status)
    {
        bool queue;
        lock (_lock)
        {
            _issued = true;
            queue = _completed && !Wdm.NT_ERROR(status);
        }

        if (queue)
        {
            Queue();
        }
    }

    private void Queue()
    {
        var apc = new KAPC();
        Apcs.Initialize(_requestor, apc, _requestor, Wdm.OriginalApcEnvironment, KernelRoutine, null, NormalRoutine, Wdm.UserMode, this);

        // A requestor that has ended takes no APC: the routine is dropped with it.
        _requestor.Machine.Scheduler.InsertQueueApc(apc, null, null);
    }

    private static void KernelRoutine(KAPC Apc, ref PKNORMAL_ROUTINE? NormalRoutine, ref object? NormalContext,
        ref object? SystemArgument1, ref object? SystemArgument2)
    {
    }

    /// <summary>kernel32's APC for the request: the routine with the Win32 error of the status and the bytes transferred.</summary>
    private static void NormalRoutine(object? NormalContext, object? SystemArgument1, object? SystemArgument2)
    {
        var self = (CompletionRoutineApc)NormalContext!;
        self._routine(Rtl.NtStatusToDosErrorTable.Map(self._status), (uint)self._information, self._overlapped);
    }
}
