namespace NtSim;

public sealed partial class KTHREAD
{
    private KEVENT? _ioEvent;
    private Win32ThreadState? _win32;

    /// <summary>TopLevelIrp: what IoSetTopLevelIrp stored last (an IRP, an FSRTL_*_TOP_LEVEL_IRP flag, or null).</summary>
    internal IRP? TopLevelIrp { get; set; }

    /// <summary>The user process the thread belongs to (null for kernel threads).</summary>
    internal UserProcess? UserProcess { get; set; }

    /// <summary>kernel32's per-thread state (last error...), for threads of user processes.</summary>
    internal Win32ThreadState Win32State => _win32 ??= new Win32ThreadState();

    /// <summary>IrpList: the IRPs this thread issued that have not been finished yet (cancelled when
    /// the thread ends, IoCancelThreadIo; CancelIo cancels those on one file).</summary>
    internal LinkedList<IRP> IrpList { get; } = new();

    /// <summary>The status block of this thread's synchronous requests.</summary>
    internal IO_STATUS_BLOCK IoStatus { get; } = new();

    /// <summary>The event a synchronous request of this thread waits on (a notification event).</summary>
    internal KEVENT IoEvent
    {
        get
        {
            if (_ioEvent is null)
            {
                var evt = new KEVENT();
                Events.Initialize(Machine, evt, Wdm.NotificationEvent, false);

                _ioEvent = evt;
            }

            return _ioEvent;
        }
    }
}
