namespace NtSim;

/// <summary>
/// The I/O manager's IRP lookaside lists, one per stack count (as IopIrpLookasideList keeps a
/// small and a large one). An IRP object and its pool memory (tag 'Irp ') are made once and
/// reused; steady-state requests allocate nothing.
/// </summary>
internal sealed class IrpAllocator
{
    // IoAllocateIrp takes a CCHAR; stacks deeper than this are not built by real device stacks.
    internal const int MaximumStackSize = 64;

    private static readonly uint IrpTag = PoolTag.FromString("Irp ");
    private readonly Machine _machine;
    private readonly Stack<IRP>[] _free = new Stack<IRP>[MaximumStackSize + 1];
    private readonly Lock _lock = new();

    internal IrpAllocator(Machine machine)
    {
        _machine = machine;
        for (var i = 0; i < _free.Length; i++)
        {
            _free[i] = new Stack<IRP>();
        }
    }

    internal IRP Allocate(KTHREAD thread, int stackSize)
    {
        if (stackSize is < 1 or > MaximumStackSize)
        {
            throw new ArgumentOutOfRangeException(nameof(stackSize), stackSize, $"IoAllocateIrp: StackSize must be between 1 and {MaximumStackSize}.");
        }

        IRP? irp = null;
        lock (_lock)
        {
            _free[stackSize].TryPop(out irp);
        }

        if (irp is null)
        {
            var size = (ulong)(0xD0 + (stackSize * 0x48));
            // The IRP's memory belongs to the I/O manager, not to the driver that asked first.
            var caller = thread.CurrentModule;
            thread.CurrentModule = _machine.Modules.Kernel;
            try
            {
                var memory = _machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: true), size, IrpTag, "", 0, "IoAllocateIrp");
                irp = new IRP(stackSize, memory.Address);
            }
            finally
            {
                thread.CurrentModule = caller;
            }
        }

        irp.Reset();
        irp.IsFree = false;
        return irp;
    }

    internal void Free(IRP irp)
    {
        irp.IsFree = true;
        irp.Type = 0;
        lock (_lock)
        {
            _free[irp.StackCount].Push(irp);
        }
    }
}
