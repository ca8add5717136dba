using System.Globalization;

namespace NtSim.Tests.Vf;

/// <summary>docs/verifier.md lists every rule of <see cref="VerifierRules.All"/> and every option of
/// <see cref="VerifierOptions.All"/>, row for row as these tests print them, so the page cannot drift
/// from the table: a rule added without its row fails here, with the rows to paste.</summary>
public sealed class VerifierDocTests
{
    [Fact]
    public void VerifierMd_HasARowForEveryRule()
    {
        var doc = File.ReadAllText(DocPath());
        var missing = VerifierRules.All.Select(RuleRow).Where(row => !doc.Contains(row, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/verifier.md lacks these rows (or has them differently):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void VerifierMd_HasARowForEveryOption()
    {
        var doc = File.ReadAllText(DocPath());
        var missing = VerifierOptions.All.Select(OptionRow).Where(row => !doc.Contains(row, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/verifier.md lacks these rows (or has them differently):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Sources_EverySubcodeWrittenInline_HasARule()
    {
        // A check still written as RaiseBugCheck(DRIVER_VERIFIER_..., 0xNN, ...) must at least have its row.
        var root = Path.GetDirectoryName(Path.GetDirectoryName(DocPath()))!;
        var inline = new System.Text.RegularExpressions.Regex(@"RaiseBugCheck\((?:Wdm\.)?DRIVER_VERIFIER_(DETECTED|IOMANAGER)_VIOLATION,\s*(0x[0-9A-Fa-f]+)");
        var missing = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => inline.Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file),
                Code: m.Groups[1].Value == "DETECTED" ? Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION : Wdm.DRIVER_VERIFIER_IOMANAGER_VIOLATION,
                Subcode: Convert.ToUInt64(m.Groups[2].Value, 16))))
            .Where(site => !VerifierRules.All.Any(r => r.Code == site.Code && r.Subcode == site.Subcode))
            .Select(site => string.Create(CultureInfo.InvariantCulture, $"{site.File}: 0x{site.Code:X}/0x{site.Subcode:X}"))
            .ToList();
        Assert.True(missing.Count == 0, "subcodes without a row in VerifierRules:\n" + string.Join("\n", missing));
    }

    /// <summary>"| 0xC4/0x13 | PoolFreedTwice | any option | reserved (0) | ... | debugger/bug-check-0xc4-... |".</summary>
    internal static string RuleRow(VerifierRule r) => string.Create(CultureInfo.InvariantCulture,
        $"| 0x{r.Code:X}/0x{r.Subcode:X} | {r.Name} | {Options(r.Flag)} | {r.P2} | {r.P3} | {r.P4} | {r.Source} |");

    internal static string OptionRow(VerifierOption o) => string.Create(CultureInfo.InvariantCulture,
        $"| 0x{(uint)o.Flag:X} | {o.Name} | {o.Support switch { VerifierOptionSupport.Simulated => "yes", VerifierOptionSupport.Partly => "in part", _ => "no" }} | {o.Note} |");

    private static string Options(VerifierFlags flags) =>
        flags == VerifierFlags.AnyOption ? "any option" : VerifierOptions.Describe(flags);

    private static string DocPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
            {
                return Path.Combine(directory.FullName, "docs", "verifier.md");
            }
        }

        throw new FileNotFoundException("docs/verifier.md: no repository root above " + AppContext.BaseDirectory);
    }
}
