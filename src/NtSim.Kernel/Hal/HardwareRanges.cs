using System.Diagnostics;

namespace NtSim;

/// <summary>One decoded range of an address space: [Start, Start + Length) answered by one device.</summary>
[DebuggerDisplay("{Start,h}+{Length,h} {Device}")]
internal sealed record HardwareRange(ulong Start, ulong Length, IDeviceRegisters Device)
{
    internal ulong End => Start + Length;

    internal bool Contains(ulong address) => address >= Start && address - Start < Length;

    internal bool Overlaps(ulong start, ulong length) => start < End && Start < start + length;
}

/// <summary>The ranges of one address space (the I/O ports or the physical memory-mapped registers),
/// none overlapping, looked up by address. Mapped at setup, read on every access.</summary>
internal sealed class HardwareRanges
{
    private readonly Lock _lock = new();
    private HardwareRange[] _ranges = [];

    internal IReadOnlyList<HardwareRange> Ranges => Volatile.Read(ref _ranges);

    internal void Add(HardwareRange range, string space)
    {
        lock (_lock)
        {
            if (_ranges.FirstOrDefault(r => r.Overlaps(range.Start, range.Length)) is { } taken)
            {
                throw new InvalidOperationException($"{space} 0x{range.Start:x}-0x{range.End - 1:x} overlaps 0x{taken.Start:x}-0x{taken.End - 1:x}, already decoded by {taken.Device}.");
            }

            Volatile.Write(ref _ranges, [.. _ranges, range]);
        }
    }

    internal bool Remove(IDeviceRegisters device)
    {
        lock (_lock)
        {
            var kept = _ranges.Where(r => !ReferenceEquals(r.Device, device)).ToArray();
            var removed = kept.Length != _ranges.Length;
            Volatile.Write(ref _ranges, kept);
            return removed;
        }
    }

    internal HardwareRange? Find(ulong address)
    {
        foreach (var range in Volatile.Read(ref _ranges))
        {
            if (range.Contains(address))
            {
                return range;
            }
        }

        return null;
    }
}
