using System.Numerics;

namespace NtSim;

public static partial class Wdm
{
    // The flag macros of ntifs.h, for the integer types drivers keep flags in. Macros: no DDI gate.

    /// <summary>SetFlag: <c>F |= SF</c>.</summary>
    public static void SetFlag<T>(ref T F, T SF)
        where T : IBinaryInteger<T> => F |= SF;

    /// <summary>ClearFlag: <c>F &amp;= ~SF</c>.</summary>
    public static void ClearFlag<T>(ref T F, T SF)
        where T : IBinaryInteger<T> => F &= ~SF;

    /// <summary>FlagOn: <c>F &amp; SF</c> (the flag bits that are set, not a BOOLEAN).</summary>
    public static T FlagOn<T>(T F, T SF)
        where T : IBinaryInteger<T> => F & SF;

    /// <summary>BooleanFlagOn: TRUE if any bit of <paramref name="SF"/> is set in <paramref name="F"/>.</summary>
    public static bool BooleanFlagOn<T>(T F, T SF)
        where T : IBinaryInteger<T> => (F & SF) != T.Zero;
}
