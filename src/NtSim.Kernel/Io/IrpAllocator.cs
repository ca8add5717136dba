namespace NtSim;

/// <summary>
/// The I/O manager's IRP lookaside lists, one per stack count (as IopIrpLookasideList keeps a
/// small and a large one). As on Windows, each processor has its own lists in its PRCB, taken
/// without a lock, in front of the shared ones. An IRP object and its pool memory (tag 'Irp ')
/// are made once and reused; steady-state requests allocate nothing.
/// </summary>
internal sealed class IrpAllocator
{
    // IoAllocateIrp takes a CCHAR; stacks deeper than this are not built by real device stacks.
    internal const int MaximumStackSize = 64;

    // How many free IRPs of one stack count a processor keeps before the rest go to the shared list.
    private const int ProcessorDepth = 32;

    private static readonly uint IrpTag = PoolTag.FromString("Irp ");
    private readonly Machine _machine;
    private readonly Stack<IRP>[] _free = new Stack<IRP>[MaximumStackSize + 1];

    // Every IRP object ever made (they are reused, so this grows only with the peak in flight).
    private readonly List<IRP> _all = [];
    private readonly Lock _lock = new();

    internal IrpAllocator(Machine machine)
    {
        _machine = machine;
        for (var i = 0; i < _free.Length; i++)
        {
            _free[i] = new Stack<IRP>();
        }
    }

    internal IRP Allocate(KTHREAD thread, int stackSize, string file = "", int line = 0)
    {
        if (stackSize is < 1 or > MaximumStackSize)
        {
            throw new ArgumentOutOfRangeException(nameof(stackSize), stackSize, $"IoAllocateIrp: StackSize must be between 1 and {MaximumStackSize}.");
        }

        IRP? irp = null;
        if (thread.Processor?.IrpLookaside[stackSize] is not { } local || !local.TryPop(out irp))
        {
            lock (_lock)
            {
                _free[stackSize].TryPop(out irp);
            }
        }

        if (irp is null)
        {
            var size = (ulong)(0xD0 + (stackSize * 0x48));
            // The IRP's memory belongs to the I/O manager, not to the driver that asked first.
            using (thread.EnterModule(_machine.Modules.Kernel))
            {
                var memory = _machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: true), size, IrpTag, "", 0, "IoAllocateIrp");
                irp = new IRP(stackSize, memory.Address);
            }

            lock (_lock)
            {
                _all.Add(irp);
            }
        }

        irp.Reset();
        irp.ClearCharge();
        irp.Life.Move(irp, IrpState.Allocated, thread, null, file, line);
        return irp;
    }

    /// <summary>Gives back an IRP whose set-up failed before it was sent, with the MDLs the I/O
    /// manager built for it (the system buffer goes with <see cref="Free"/>).</summary>
    internal void FreeUnsent(KTHREAD thread, IRP irp)
    {
        IoMdls.Release(thread, irp);

        Free(thread, irp);
    }

    /// <summary>The IRPs allocated now (not in a lookaside list).</summary>
    internal List<IRP> InUse()
    {
        lock (_lock)
        {
            return [.. _all.Where(i => !i.IsFree)];
        }
    }

    /// <summary>Returns the IRP to its list, with the system buffer the I/O manager allocated for it.</summary>
    internal void Free(KTHREAD thread, IRP irp, string file = "", int line = 0)
    {
        if (!irp.AssociatedIrp.SystemBuffer.IsNull && (irp.Flags & Wdm.IRP_DEALLOCATE_BUFFER) != 0)
        {
            _machine.Pool.Free(thread, irp.AssociatedIrp.SystemBuffer.Address, 0, checkTag: false, "IoFreeIrp");
            irp.AssociatedIrp.SystemBuffer = default;
        }

        // A free IRP keeps no reference to a driver's routines or objects: a driver's image must
        // be collectable once it is unloaded, whatever the lookaside list still holds.
        irp.ReleaseReferences();
        irp.Life.Move(irp, IrpState.Free, thread, null, file, line);
        irp.Type = 0;
        if (thread.Processor is { } processor)
        {
            var local = processor.IrpLookaside[irp.StackCount] ??= new Stack<IRP>(ProcessorDepth);
            if (local.Count < ProcessorDepth)
            {
                local.Push(irp);
                return;
            }
        }

        lock (_lock)
        {
            _free[irp.StackCount].Push(irp);
        }
    }
}
