using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using NtSim.Debugger.Commands.Output;

namespace NtSim.Debugger.Engine;

/// <summary>
/// Virtual memory as the kernel debugger sees it: reads and writes that never fault, take no processor and
/// check no IRQL. A byte is readable if its page is committed and valid (not PAGE_NOACCESS, not a guard page:
/// on Windows neither has a valid PTE for the debugger to follow). System addresses read the system page map;
/// user addresses the address space of the thread on the session's processor. The debug print masks
/// (<c>nt!Kd_DEFAULT_Mask</c> ...) are read and written at their addresses in nt's image (<see cref="KdFilterMasks"/>).
/// </summary>
internal static class KdMemory
{
    /// <summary>The bytes at [<paramref name="address"/>, +<paramref name="length"/>); null where a byte cannot be read.</summary>
    internal static byte?[] Read(KdContext context, ulong address, int length)
    {
        var bytes = new byte?[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = ReadByte(context, address + (ulong)i);
        }

        return bytes;
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="address"/>; false if any byte cannot be read.</summary>
    internal static bool TryRead(KdContext context, ulong address, Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            if (ReadByte(context, address + (ulong)i) is not { } value)
            {
                return false;
            }

            buffer[i] = value;
        }

        return true;
    }

    /// <summary>The 64-bit value at <paramref name="address"/> (little-endian), or null if unreadable.</summary>
    internal static ulong? ReadUInt64(KdContext context, ulong address)
    {
        Span<byte> buffer = stackalloc byte[8];
        return TryRead(context, address, buffer) ? BinaryPrimitives.ReadUInt64LittleEndian(buffer) : null;
    }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="address"/>, all or nothing: false (and nothing
    /// written) if any byte of the range cannot be read. A read-only page is written, as a kernel debugger
    /// writes through the physical page (that is how it sets breakpoints in code).</summary>
    internal static bool TryWrite(KdContext context, ulong address, ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (ReadByte(context, address + (ulong)i) is null)
            {
                return false;
            }
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            var at = address + (ulong)i;
            if (KdFilterMasks.Contains(context.Machine, at))
            {
                KdFilterMasks.WriteByte(context.Machine, at, bytes[i]);
                continue;
            }

            ref var pte = ref Find(context.Machine, at, context.Session.CurrentProcessor);
            pte.Segment!.Span(at, 1)[0] = bytes[i];
        }

        return true;
    }

    private static byte? ReadByte(KdContext context, ulong address) => context.Target.ReadByte(address, context.Session.CurrentProcessor);

    /// <summary>A live machine's byte at <paramref name="address"/>, user addresses in the address space of the thread
    /// on <paramref name="processor"/>; null where the page is not committed, not valid, or a guard page.</summary>
    internal static byte? ReadLiveByte(Machine machine, ulong address, int processor)
    {
        if (KdFilterMasks.Contains(machine, address))
        {
            return KdFilterMasks.ReadByte(machine, address);
        }

        ref var pte = ref Find(machine, address, processor);
        if (Unsafe.IsNullRef(ref pte) || !pte.IsCommitted || pte.Segment is null
            || (pte.Attributes & (PageAttributes.Guard | PageAttributes.NoAccess)) != 0)
        {
            return null;
        }

        return pte.Segment.Span(address, 1)[0];
    }

    private static ref PageTableEntry Find(Machine machine, ulong address, int processor)
    {
        var memory = machine.Memory;
        if (MmLayout.IsSystem(address))
        {
            return ref memory.SystemMap.Find(address);
        }

        var processors = machine.Processors;
        var current = processor < processors.Count ? processors[processor] : null;
        if (address < MmLayout.LowestUserAddress || address > MmLayout.HighestUserAddress || current?.Current is not { } thread)
        {
            return ref Unsafe.NullRef<PageTableEntry>();
        }

        return ref memory.AddressSpaceResolver(thread).Map.Find(address);
    }
}
