using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Pool;

/// <summary>One small pool block as its POOL_HEADER in the page says (the header is read from the
/// page's bytes, as WinDbg reads it: a driver's overrun shows here as it shows on Windows).</summary>
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

    /// <summary>The blocks of <paramref name="page"/>, walked from its first header by BlockSize. A header
    /// that cannot be right (a size of 0, a block past the page, a PreviousSize that is not the size of the
    /// block before) ends the walk: <paramref name="bad"/> is its address.</summary>
    internal static List<PoolBlock> Walk(PoolPage page, out ulong? bad)
    {
        var blocks = new List<PoolBlock>();
        var unit = 0;
        var previous = 0;
        bad = null;
        while (unit < PoolPage.Units)
        {
            var header = page.Header(unit);
            if (header.BlockSize == 0 || unit + header.BlockSize > PoolPage.Units || header.PreviousSize != previous)
            {
                bad = page.EntryAddress(unit);
                break;
            }

            blocks.Add(new PoolBlock(page.EntryAddress(unit), header.BlockSize * PoolHeader.Unit, header.PreviousSize * PoolHeader.Unit,
                !header.IsFree, header.PoolTag));
            previous = header.BlockSize;
            unit += header.BlockSize;
        }

        return blocks;
    }
}
