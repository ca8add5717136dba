using System.Text;
using NtSim.Tests.Headers.CHeaders;
using Xunit.Abstractions;

namespace NtSim.Tests.Headers;

/// <summary>
/// Every constant of <see cref="Wdm"/> and <see cref="Win32Error"/> against the mingw-w64 headers
/// (ntstatus.h, bugcodes.h, dpfilter.h, ddk/wdm.h, ddk/ntddk.h, winioctl.h, winerror.h), or against the
/// documented table for the few the headers lack. All mismatches are reported at once.
/// </summary>
public sealed class HeaderCrossCheckTests(ITestOutputHelper output)
{
    [HeadersFact]
    public void WdmConstants_AgainstMingwHeaders_AllMatch()
    {
        var headers = RequireHeaders();

        var documented = DocumentedConstants.VerifierBugChecks
            .Concat(DocumentedConstants.AbsentFromMingw)
            .Concat(DocumentedConstants.FlagsAbsentFromMingw)
            .Concat(DocumentedConstants.SecurityAbsentFromMingw)
            .ToDictionary(p => p.Key, p => p.Value);
        var problems = Check(ConstantField.Of(typeof(Wdm)), headers, documented, out int checkedCount);

        output.WriteLine($"{checkedCount} Wdm constants matched the headers, {documented.Count} matched the documented table.");
        Assert.True(problems.Count == 0, Report("Wdm", problems));
    }

    [HeadersFact]
    public void Win32ErrorConstants_AgainstMingwWinerror_AllMatch()
    {
        var headers = RequireHeaders();

        var documented = DocumentedConstants.Win32ErrorsAbsentFromMingw.ToDictionary(p => p.Key, p => p.Value);
        var problems = Check(ConstantField.Of(typeof(Win32Error)), headers, documented, out int checkedCount);

        output.WriteLine($"{checkedCount} Win32Error constants matched winerror.h, {documented.Count} matched the documented table.");
        Assert.True(problems.Count == 0, Report("Win32Error", problems));
    }

    [HeadersFact]
    public void BugCheckCodeAttribute_OnWdmConstants_MarksExactlyTheBugCheckCodes()
    {
        var headers = RequireHeaders();

        var problems = new List<string>();
        foreach (var constant in ConstantField.Of(typeof(Wdm)).Where(c => c.Field.FieldType == typeof(uint)))
        {
            bool marked = constant.Field.IsDefined(typeof(BugCheckCodeAttribute), false);
            bool isBugCheck = headers.Lookup(constant.Name).Values.Any(v => v.File == "bugcodes.h")
                || DocumentedConstants.VerifierBugChecks.ContainsKey(constant.Name)
                || DocumentedConstants.AbsentFromMingw.ContainsKey(constant.Name); // the uint ones are bug checks
            if (marked != isBugCheck)
            {
                problems.Add(marked
                    ? $"{constant.Name} is marked [BugCheckCode] but is not a bug check code"
                    : $"{constant.Name} is a bug check code but lacks [BugCheckCode]");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [HeadersFact]
    public void HeaderReader_OnMingwHeaders_EvaluatesEveryCondition()
    {
        var headers = RequireHeaders();

        // A condition the reader cannot evaluate is taken as false, which could hide definitions.
        var warnings = headers.Warnings.ToList();
        foreach (var warning in warnings)
        {
            output.WriteLine(warning);
        }

        Assert.Empty(warnings);
    }

    private static List<string> Check(
        IReadOnlyList<ConstantField> constants,
        MingwHeaders headers,
        IReadOnlyDictionary<string, ulong> documented,
        out int checkedCount)
    {
        var problems = new List<string>();
        checkedCount = 0;
        foreach (var constant in constants)
        {
            var lookup = headers.Lookup(constant.Name);
            if (documented.TryGetValue(constant.Name, out ulong documentedValue))
            {
                if (lookup.Found && lookup.Errors.Count == 0)
                {
                    // The table also holds constants whose header expression the reader cannot evaluate (sizeof ...).
                    problems.Add($"{constant.Name}: listed as documented-but-absent, yet the headers define it; drop it from the list");
                }
                else if (!constant.Matches(unchecked((long)documentedValue)))
                {
                    problems.Add($"{constant.Name}: NtSim {constant.HexValue}, documented {ConstantField.Hex(unchecked((long)documentedValue), constant.Bits)}");
                }

                continue;
            }

            if (!lookup.Found)
            {
                problems.Add($"{constant.Name}: NtSim {constant.HexValue}, not in the mingw-w64 headers and not in the documented table");
                continue;
            }

            foreach (var error in lookup.Errors)
            {
                problems.Add($"{constant.Name}: NtSim {constant.HexValue}, header value not evaluable ({error})");
            }

            foreach (var (value, file) in lookup.Values.Where(v => !constant.Matches(v.Value)))
            {
                problems.Add($"{constant.Name}: NtSim {constant.HexValue}, header {ConstantField.Hex(value, constant.Bits)} ({file})");
            }

            if (lookup.Errors.Count == 0 && lookup.Values.All(v => constant.Matches(v.Value)))
            {
                checkedCount++;
            }
        }

        foreach (var name in documented.Keys.Where(n => constants.All(c => c.Name != n)))
        {
            problems.Add($"{name}: in the documented table but not defined by NtSim; drop it from the list");
        }

        return problems;
    }

    private static string Report(string className, List<string> problems)
    {
        var text = new StringBuilder($"{problems.Count} {className} constant(s) disagree with the headers:");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        return text.ToString();
    }

    // Without the headers the test is skipped (HeadersFact), or fails here when CI is set.
    private static MingwHeaders RequireHeaders() =>
        MingwHeaders.Installed ?? throw new Xunit.Sdk.XunitException(
            $"The mingw-w64 headers are not installed ({MingwHeaders.SearchedDirectory}/"
            + $"{{{string.Join(", ", MingwHeaders.RequiredFiles)}}}); install them with "
            + "'apt-get install mingw-w64-common' (or set NTSIM_MINGW_INCLUDE to their include directory).");
}
