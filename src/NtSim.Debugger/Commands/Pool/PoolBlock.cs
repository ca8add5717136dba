using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Pool;

/// <summary>One small pool block as its POOL_HEADER in the page says (the header is read from the
/// page's bytes in memory, as WinDbg reads it: a driver's overrun shows here as it shows on Windows).</summary>
internal readonly record struct PoolBlock(ulong Address, int Bytes, int PreviousBytes, bool Allocated, uint Tag)
{
    internal bool Contains(ulong address) => address >= Address && address < Address + (ulong)Bytes;

    /// <summary>" ffffa50f00001000 size:   40 previous size:    0  (Allocated)  Zero", with '*' before the
    /// address and the tag when <paramref name="marked"/> (the layout of !pool and !poolfind).</summary>
    internal string Format(bool marked)
    {
        var mark = marked ? "*" : " ";
        var state = Allocated ? "(Allocated)" : "(Free)     ";
        return string.Create(CultureInfo.InvariantCulture,
            $"{mark}{KdFormat.Hex64(Address)} size: {Bytes,4:x} previous size: {PreviousBytes,4:x}  {state} {mark}{TagText(Tag)}");
    }

    /// <summary>The tag's four characters; a block that never had a tag (a remainder) shows none.</summary>
    internal static string TagText(uint tag) => tag == 0 ? "" : PoolTag.Format(tag);

    /// <summary>The blocks of the pool page at <paramref name="pageBase"/>, walked from its first header by BlockSize, each
    /// header read from memory. A header that cannot be right (a size of 0, a block past the page, a PreviousSize that is
    /// not the size of the block before) ends the walk: <paramref name="bad"/> is its address; a header that cannot be
    /// read (a page the dump did not keep) ends it too: <paramref name="unreadable"/> is its address.</summary>
    internal static List<PoolBlock> Walk(KdContext context, ulong pageBase, out ulong? bad, out ulong? unreadable)
    {
        var blocks = new List<PoolBlock>();
        var unit = 0;
        var previous = 0;
        bad = null;
        unreadable = null;
        while (unit < PoolPage.Units)
        {
            var at = pageBase + (ulong)(unit * PoolHeader.Unit);
            if (KdMemory.ReadUInt64(context, at) is not { } contents)
            {
                unreadable = at;
                break;
            }

            var header = PoolHeader.FromContents(contents);
            if (header.BlockSize == 0 || unit + header.BlockSize > PoolPage.Units || header.PreviousSize != previous)
            {
                bad = at;
                break;
            }

            blocks.Add(new PoolBlock(at, header.BlockSize * PoolHeader.Unit, header.PreviousSize * PoolHeader.Unit, !header.IsFree, header.PoolTag));
            previous = header.BlockSize;
            unit += header.BlockSize;
        }

        return blocks;
    }
}
