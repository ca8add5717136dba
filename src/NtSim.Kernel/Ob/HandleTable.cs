using System.Diagnostics;

namespace NtSim;

/// <summary>
/// HANDLE_TABLE: the handles of one process. Handle values are multiples of 4 (the low two bits
/// are tag bits that lookups ignore) and start at 4; a closed handle's slot is reused first. The
/// kernel handle table is the System process's table; its handles are handed out with the sign bit
/// set (KERNEL_HANDLE_MASK, 0xFFFFFFFF80000000 on x64). Guarded by the object manager's lock.
/// </summary>
[DebuggerDisplay("HandleTable {Owner,nq} count={Count}")]
internal sealed class HandleTable
{
    /// <summary>Handle attribute: ZwClose must not close the handle (ntifs.h OBJ_PROTECT_CLOSE).</summary>
    internal const uint OBJ_PROTECT_CLOSE = 0x00000001;

    /// <summary>KERNEL_HANDLE_MASK on x64: the bits a kernel handle has set above its table value.</summary>
    internal const ulong KernelHandleMask = 0xFFFFFFFF80000000;

    // Slot 0 is never used: handle value 0 is NULL.
    private readonly List<HandleEntry?> _entries = [null];
    private readonly Stack<int> _free = new();

    internal HandleTable(string owner)
    {
        Owner = owner;
    }

    /// <summary>The process that owns the table ("System" for the kernel handle table).</summary>
    internal string Owner { get; }

    internal int Count { get; private set; }

    /// <summary>Adds an entry and returns its index (the handle value divided by 4).</summary>
    internal int Add(HandleEntry entry)
    {
        int index;
        if (_free.Count > 0)
        {
            index = _free.Pop();
            _entries[index] = entry;
        }
        else
        {
            index = _entries.Count;
            _entries.Add(entry);
        }

        Count++;
        return index;
    }

    internal HandleEntry? Get(int index) => index > 0 && index < _entries.Count ? _entries[index] : null;

    internal HandleEntry? Remove(int index)
    {
        var entry = Get(index);
        if (entry is not null)
        {
            _entries[index] = null;
            _free.Push(index);
            Count--;
        }

        return entry;
    }

    /// <summary>The open handles, by index.</summary>
    internal IEnumerable<(int Index, HandleEntry Entry)> Entries
    {
        get
        {
            for (var i = 1; i < _entries.Count; i++)
            {
                if (_entries[i] is { } entry)
                {
                    yield return (i, entry);
                }
            }
        }
    }

    /// <summary>The handle value of slot <paramref name="index"/>: index * 4, with the kernel bits for a kernel handle.</summary>
    internal static HANDLE Encode(int index, bool kernel)
    {
        var value = (ulong)index << 2;
        return new HANDLE(kernel ? value | KernelHandleMask : value);
    }

    /// <summary>The slot a handle names and whether it names the kernel handle table. A kernel
    /// handle is one only from kernel mode (IsKernelHandle); from user mode it names nothing.</summary>
    internal static bool TryDecode(HANDLE handle, KPROCESSOR_MODE mode, out int index, out bool kernel)
    {
        index = 0;
        kernel = handle.IsKernelHandle;
        ulong value;
        if (kernel)
        {
            if (mode != Wdm.KernelMode)
            {
                return false;
            }

            value = handle.Value ^ KernelHandleMask;
        }
        else
        {
            value = handle.Value;
        }

        if (value == 0 || value >= 0x8000_0000)
        {
            return false;
        }

        index = (int)(value >> 2);
        return index > 0;
    }
}
