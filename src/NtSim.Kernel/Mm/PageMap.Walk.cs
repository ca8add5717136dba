namespace NtSim;

internal sealed partial class PageMap
{
    /// <summary>The addresses of the pages that have an entry, in address order (canonical: the upper half sign-extended),
    /// for a crash dump to copy the readable ones. Reads without a lock, as <see cref="Find"/> does.</summary>
    internal IEnumerable<ulong> Pages()
    {
        for (var i = 0; i < Fanout; i++)
        {
            if (_root.Next[i] is not { } pdpt)
            {
                continue;
            }

            for (var j = 0; j < Fanout; j++)
            {
                if (pdpt.Next[j] is not { } pd)
                {
                    continue;
                }

                for (var k = 0; k < Fanout; k++)
                {
                    if (pd.Tables[k] is not { } table)
                    {
                        continue;
                    }

                    for (var l = 0; l < Fanout; l++)
                    {
                        var address = ((ulong)i << 39) | ((ulong)j << 30) | ((ulong)k << 21) | ((ulong)l << 12);
                        yield return (address & (1UL << 47)) != 0 ? address | 0xFFFF_0000_0000_0000 : address;
                    }
                }
            }
        }
    }
}
