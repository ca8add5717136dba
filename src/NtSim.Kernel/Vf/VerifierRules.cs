using System.Reflection;

namespace NtSim;

/// <summary>
/// Every rule Driver Verifier enforces in NtSim, one row each (docs/verifier.md prints them). The
/// rows live in partial files by family; a check names its row instead of writing a subcode inline.
/// </summary>
public static partial class VerifierRules
{
    private const string C4 = "debugger/bug-check-0xc4--driver-verifier-detected-violation";
    private const string C9 = "debugger/bug-check-0xc9--driver-verifier-iomanager-violation";

    private static readonly Lazy<IReadOnlyList<VerifierRule>> s_all = new(Collect);

    /// <summary>Every rule, by code and subcode.</summary>
    public static IReadOnlyList<VerifierRule> All => s_all.Value;

    private static List<VerifierRule> Collect() =>
        typeof(VerifierRules).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(VerifierRule))
            .Select(f => (VerifierRule)f.GetValue(null)!)
            .OrderBy(r => r.Code).ThenBy(r => r.Subcode)
            .ToList();
}
