namespace NtSim;

public sealed partial class KTHREAD
{
    private EPROCESS? _process;
    private EPROCESS? _attachedProcess;
    private Stack<long>? _attachStack;
    private long _attachSerial;

    /// <summary>The process the thread belongs to (KTHREAD.Process): the System process for system
    /// threads, the application's process for its threads.</summary>
    internal EPROCESS Process
    {
        get => _process ?? Machine!.SystemProcess;
        set => _process = value;
    }

    /// <summary>The process whose address space the thread runs in now (KTHREAD.ApcState.Process):
    /// its own process, or the one KeStackAttachProcess attached it to. User addresses resolve here.</summary>
    internal EPROCESS ApcStateProcess => _attachedProcess ?? Process;

    /// <summary>Whether the thread is attached to another address space (ApcStateIndex 1).</summary>
    internal bool IsAttached => _attachedProcess is not null;

    /// <summary>PreviousMode: the mode the thread ran in before it entered the kernel (KernelMode for
    /// system threads; UserMode while a system service called by an application runs).</summary>
    internal KPROCESSOR_MODE PreviousMode { get; set; } = Wdm.KernelMode;

    /// <summary>Whether the thread runs the application's own code (user mode): a thread of a user
    /// process outside the system services it calls (<see cref="KernelModeScope"/>).</summary>
    internal bool InUserMode { get; set; }

    /// <summary>Attaches to <paramref name="process"/> and returns the serial number of this attach,
    /// which the matching detach must present (attaches nest last in, first out).</summary>
    internal long PushAttach(EPROCESS process, out EPROCESS? previous)
    {
        previous = _attachedProcess;
        _attachedProcess = process;
        _attachStack ??= new Stack<long>();
        var serial = ++_attachSerial;
        _attachStack.Push(serial);
        return serial;
    }

    /// <summary>Whether <paramref name="serial"/> is the most recent attach not yet undone.</summary>
    internal bool IsInnermostAttach(long serial) => _attachStack is { Count: > 0 } stack && stack.Peek() == serial;

    /// <summary>Undoes the innermost attach, going back to <paramref name="previous"/> (null: the
    /// thread's own process).</summary>
    internal void PopAttach(EPROCESS? previous)
    {
        _attachStack!.Pop();
        _attachedProcess = previous;
    }
}
