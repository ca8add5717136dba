using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>The IRP's AssociatedIrp union: the system buffer of buffered I/O; in a master IRP the count of
/// its associated IRPs not yet completed, and in an associated IRP its master (IoMakeAssociatedIrp). The
/// members are separate fields here (a union cannot overlay a reference), read as the union is.</summary>
public struct IRP_ASSOCIATED
{
    /// <summary>The system buffer of buffered I/O (METHOD_BUFFERED IOCTLs, DO_BUFFERED_IO reads and writes).</summary>
    public PVOID SystemBuffer;

    /// <summary>In an associated IRP: the master IRP it was made for.</summary>
    public IRP? MasterIrp;

    /// <summary>In a master IRP: the associated IRPs still to complete (the driver sets it).</summary>
    public int IrpCount;
}

/// <summary>Tail.Overlay of an IRP: the requesting thread and four pointers a driver may use
/// while it owns the IRP (DriverContext), plus the list entry a driver's queue links it by
/// (<c>InsertTailList(head, Irp.Tail.Overlay.ListEntry)</c>; <c>CONTAINING_RECORD&lt;IRP&gt;(entry)</c>
/// gives the IRP back).</summary>
public sealed class IRP_OVERLAY
{
    internal IRP_OVERLAY(IRP irp)
    {
        ListEntry = new LIST_ENTRY(irp);
    }

    /// <summary>The thread that sent the request.</summary>
    public KTHREAD? Thread;
    /// <summary>The file object the request was sent for, as the I/O manager set it.</summary>
    public FILE_OBJECT? OriginalFileObject;
    /// <summary>Four pointers a driver may use while it owns the IRP (DriverContext[0..3]).</summary>
    public readonly object?[] DriverContext = new object?[4];

    /// <summary>The IRP's link in a driver's queue while the driver owns it; its container is the IRP.
    /// Flink and Blink are NULL in a new, freed or reused IRP.</summary>
    public readonly LIST_ENTRY ListEntry;

    /// <summary>Clears the links (IRP allocation, reuse and free), as the I/O manager's fresh IRP has none.</summary>
    internal void ClearListEntry()
    {
        ListEntry.Flink = default;
        ListEntry.Blink = default;
    }

    /// <summary>The IRP is linked in a driver's list: Flink is not NULL and its entry points back
    /// (<c>Flink-&gt;Blink == &amp;ListEntry</c>). RemoveEntryList leaves the removed entry's links
    /// stale, so a set Flink alone proves nothing; a self-linked entry (InitializeListHead) is in no
    /// list. A neighbour in pool memory is not read here (that takes a processor): its link is trusted.</summary>
    internal bool IsLinked
    {
        get
        {
            var flink = ListEntry.Flink;
            if (flink.IsNull || ReferenceEquals(flink.Entry, ListEntry))
            {
                return false;
            }

            return flink.Entry is not { } next || ReferenceEquals(next.Blink.Entry, ListEntry);
        }
    }
}

/// <summary>IRP.Tail.</summary>
public sealed class IRP_TAIL
{
    internal IRP_TAIL(IRP irp)
    {
        Overlay = new IRP_OVERLAY(irp);
    }

    /// <summary>Tail.Overlay: the requesting thread, the driver context and the IRP's list entry.</summary>
    public IRP_OVERLAY Overlay { get; }
}

/// <summary>
/// IRP: an I/O request packet with <see cref="StackCount"/> stack locations. CurrentLocation counts
/// down from StackCount + 1 as the IRP goes down the stack (see docs/io.md). IRPs come from the
/// machine's per-stack-size lookaside lists and are reused, so a steady flow of requests allocates
/// no managed memory.
/// </summary>
[DebuggerDisplay("IRP {Address,h} ({CurrentLocation}/{StackCount}) {IoStatus.Status}")]
[DebuggerTypeProxy(typeof(IrpDebugView))]
public sealed class IRP : IMdlList
{
    private readonly IO_STACK_LOCATION[] _stack;

    internal IRP(int stackCount, ulong address)
    {
        // Index n is stack location n; index 0 is the slot past the bottom, which a driver that
        // runs out of locations writes into before IoCallDriver bug checks (as C writes past the IRP).
        _stack = new IO_STACK_LOCATION[stackCount + 1];
        for (var i = 0; i <= stackCount; i++)
        {
            _stack[i] = new IO_STACK_LOCATION();
        }

        StackCount = (sbyte)stackCount;
        Address = address;
        Tail = new IRP_TAIL(this);
        ThreadListEntry = new LinkedListNode<IRP>(this);
        FileListEntry = new LinkedListNode<IRP>(this);
        Size = (ushort)(0xD0 + (stackCount * 0x48));
    }

    /// <summary>IO_TYPE_IRP (6) while the IRP is allocated.</summary>
    public short Type;

    /// <summary>The request's priority hint (IoSetIoPriorityHint); IoPriorityNormal for a new IRP.</summary>
    internal IO_PRIORITY_HINT PriorityHint = IO_PRIORITY_HINT.IoPriorityNormal;

    /// <summary>IoCompleteRequest's PriorityBoost, given to the requestor when its wait ends.</summary>
    internal sbyte PriorityBoost;
    /// <summary>The IRP's size in bytes, with its stack locations (IoSizeOfIrp).</summary>
    public ushort Size;
    /// <summary>IRP_* flags the I/O manager sets (IRP_BUFFERED_IO, IRP_PAGING_IO, IRP_SYNCHRONOUS_API, ...).</summary>
    public uint Flags;
    /// <summary>AssociatedIrp: the system buffer, or the master IRP / count of associated IRPs.</summary>
    public IRP_ASSOCIATED AssociatedIrp;

    /// <summary>The MDL chain of the request's buffer (direct I/O).</summary>
    public MDL? MdlAddress { get; set; }
    /// <summary>The final status and information, set by the driver that completes the IRP.</summary>
    public readonly IO_STATUS_BLOCK IoStatus = new();
    /// <summary>UserMode or KernelMode: where the request came from, so whether its buffers must be probed.</summary>
    public KPROCESSOR_MODE RequestorMode;
    /// <summary>A lower driver returned STATUS_PENDING for the IRP; a completion routine that sees it calls IoMarkIrpPending.</summary>
    public bool PendingReturned;
    /// <summary>The number of stack locations the IRP has.</summary>
    public readonly sbyte StackCount;
    /// <summary>The current stack location's index: counts down from StackCount + 1 as the IRP goes down the stack.</summary>
    public sbyte CurrentLocation;
    /// <summary>The IRP was cancelled (IoCancelIrp).</summary>
    public bool Cancel;
    /// <summary>The IRQL to give to IoReleaseCancelSpinLock in a cancel routine.</summary>
    public KIRQL CancelIrql;
    /// <summary>The caller's buffer as it gave it: a user address for METHOD_NEITHER and the output of buffered IOCTLs.</summary>
    public PVOID UserBuffer;
    /// <summary>Tail: the overlay with the thread, driver context and list entry.</summary>
    public readonly IRP_TAIL Tail;

    /// <summary>Set by IoSetCancelRoutine (read it through IoSetCancelRoutine, as in C).</summary>
    internal DRIVER_CANCEL? CancelRoutine;

    /// <summary>Where the final status goes (IoBuild*Request, user requests).</summary>
    public IO_STATUS_BLOCK? UserIosb;

    /// <summary>Signaled when the request completes (IoBuild*Request, user requests).</summary>
    public KEVENT? UserEvent;

    internal ulong Address { get; }

    /// <summary>The IRP's life: its state, its origin and its last moves (Io/IrpLife.cs).</summary>
    internal IrpLife Life { get; } = new();

    internal IrpState State => Life.State;

    /// <summary>The IRP is in the lookaside list (freed).</summary>
    internal bool IsFree => Life.State == IrpState.Free;

    /// <summary>Buffered output to copy back at completion (IoBuildDeviceIoControlRequest).</summary>
    internal PVOID CopyBackTo { get; set; }

    internal uint CopyBackLength { get; set; }


    /// <summary>The user's event (from a handle) was referenced for this request and is released at completion.</summary>
    internal bool UserEventReferenced { get; set; }

    /// <summary>Told when a user request has been finished (the Win32 facade copies a managed buffer back).</summary>
    internal IUserCompletion? UserCompletion { get; set; }

    /// <summary>Overlay.AsynchronousParameters.UserApcContext: what a completion port packet carries for a user request (kernel32's OVERLAPPED).</summary>
    internal object? UserApcContext { get; set; }

    /// <summary>The IRP's link in its thread's IRP list (IrpList, for IoCancelThreadIo and CancelIo).</summary>
    internal LinkedListNode<IRP> ThreadListEntry { get; }

    /// <summary>The IRP's link in its file object's list of requests in flight (CancelIoEx).</summary>
    internal LinkedListNode<IRP> FileListEntry { get; }

    internal IO_STACK_LOCATION Location(int location) => _stack[location];

    internal IO_STACK_LOCATION? Current => CurrentLocation >= 1 && CurrentLocation <= StackCount ? _stack[CurrentLocation] : null;

    internal IO_STACK_LOCATION? Next => CurrentLocation >= 1 && CurrentLocation - 1 <= StackCount ? _stack[CurrentLocation - 1] : null;

    /// <summary>Counts the IRP's uses (allocation, IoReuseIrp), so a check after a dispatch routine
    /// can tell the IRP it sent from the same object handed out again.</summary>
    internal int Generation { get; private set; }


    /// <summary>The driver that allocated the IRP (IoAllocateIrp, IoBuild*Request), and where; null
    /// for an IRP of the I/O manager's own (a user request, a PnP IRP).</summary>
    internal KernelModule? AllocatedBy { get; private set; }

    internal string AllocatedFile { get; private set; } = "";

    internal int AllocatedLine { get; private set; }

    /// <summary>Charges the IRP to the driver whose code asked for it (nothing for the kernel's own).</summary>
    internal IRP ChargeTo(KernelModule module, KernelModule kernel, string file, int line)
    {
        if (module != kernel)
        {
            AllocatedBy = module;
            AllocatedFile = file;
            AllocatedLine = line;
        }

        return this;
    }

    /// <summary>Forgets the allocating driver (a new allocation from the lookaside list).</summary>
    internal void ClearCharge()
    {
        AllocatedBy = null;
        AllocatedFile = "";
        AllocatedLine = 0;
    }

    /// <summary>Resets the IRP for a new use (IoInitializeIrp / IoReuseIrp).</summary>

    internal void Reset()
    {
        Type = Wdm.IO_TYPE_IRP;
        Flags = 0;
        PriorityHint = IO_PRIORITY_HINT.IoPriorityNormal;
        PriorityBoost = 0;
        MdlAddress = null;
        AssociatedIrp = default;
        IoStatus.Status = Wdm.STATUS_SUCCESS;
        IoStatus.Information = 0;
        RequestorMode = Wdm.KernelMode;
        PendingReturned = false;
        CurrentLocation = (sbyte)(StackCount + 1);
        Cancel = false;
        CancelIrql = 0;
        CancelRoutine = null;
        UserBuffer = default;
        UserIosb = null;
        UserEvent = null;
        Tail.Overlay.Thread = null;
        Tail.Overlay.OriginalFileObject = null;
        Life.Origin = IrpOrigin.Driver;
        UserEventReferenced = false;
        UserCompletion = null;
        UserApcContext = null;
        Array.Clear(Tail.Overlay.DriverContext);
        Tail.Overlay.ClearListEntry();
        CopyBackTo = default;
        CopyBackLength = 0;
        foreach (var location in _stack)
        {
            location.Clear();
            location.MarkedPending = false;
            location.CompletedWith = null;
        }

        Generation++;
    }

    /// <summary>Drops what a free IRP would otherwise keep alive (routines, objects, buffers of the
    /// last user); the flags and status stay for checks that look at an IRP after its completion.</summary>
    internal void ReleaseReferences()
    {
        MdlAddress = null;
        CancelRoutine = null;
        UserIosb = null;
        UserEvent = null;
        UserCompletion = null;
        UserApcContext = null;
        Tail.Overlay.Thread = null;
        Tail.Overlay.OriginalFileObject = null;
        Array.Clear(Tail.Overlay.DriverContext);
        Tail.Overlay.ClearListEntry();
        foreach (var location in _stack)
        {
            location.ReleaseReferences();
        }
    }

    internal string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"IRP@{Address:X} ({CurrentLocation}/{StackCount})");

    /// <summary>IRP@address (current location/stack count).</summary>
    public override string ToString() => Describe();
}
