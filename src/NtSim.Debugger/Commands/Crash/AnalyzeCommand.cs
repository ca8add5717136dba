using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Crash;

/// <summary>
/// <c>!analyze [-v]</c>: the bug check analysis (layout: debugger.md 6.1 and 6.2). NtSim fills what it knows:
/// the code's name and description, the arguments with their meanings, the rule in words, the stack as far
/// as the bug check recorded it (KeBugCheckEx and the driver's routine with its line), the symbol, module and
/// image names and a failure bucket. What it has no equivalent for (trap frames, registers, timestamps,
/// hashes, OS build strings) is left out.
/// </summary>
internal sealed class AnalyzeCommand : KdCommand
{
    private const string Stars = "*******************************************************************************";

    public override IReadOnlyList<string> Names { get; } = ["!analyze"];

    public override string Help => "!analyze [-v]           the bug check analysis (-v: verbose)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var verbose = false;
        foreach (var word in KdCommandLine.Words(arguments))
        {
            if (word is "-v" or "/v")
            {
                verbose = true;
                continue;
            }

            // NtSim's line: the options NtSim has not (-f, -hang, -show ...) are refused by name.
            context.Error($"!analyze: unknown option '{word}' (NtSim knows -v)");
            return;
        }

        Banner(context);
        if (context.Target.BugCheck is not { } bugCheck)
        {
            // A target that has not bug checked (a break-in) has no code to describe.
            context.Line("Unknown bugcheck code (0)");
            context.Line("Unknown bugcheck description");
            Arguments(context, [0, 0, 0, 0], ["", "", "", ""]);
            context.Line();
            return;
        }

        var site = FaultSite.Of(bugCheck).Named(context.Target);
        var stackSite = site;
        if (context.Target.Snapshot.BugCheck?.FrameworkClient is { } driver)
        {
            // Blame the client driver the framework names (P4), with no routine: NtSim records only the framework's frame.
            site = new FaultSite(driver, null, null, 0);
        }

        if (verbose)
        {
            Verbose(context, bugCheck, site, stackSite);
        }
        else
        {
            Summary(context, bugCheck, site);
        }

        context.Line("Followup:     MachineOwner");
        context.Line("---------");
        context.Line();
    }

    private static void Banner(KdContext context)
    {
        context.Line(Stars);
        context.Line("*                                                                             *");
        context.Line("*                        Bugcheck Analysis                                    *");
        context.Line("*                                                                             *");
        context.Line(Stars);
        context.Line();
    }

    private static void Summary(KdContext context, BugCheckInfo bugCheck, FaultSite site)
    {
        context.Line("Use !analyze -v to get detailed debugging information.");
        context.Line();
        var parameters = string.Join(", ", bugCheck.Parameters.Select(p => p.ToString("x", CultureInfo.InvariantCulture)));
        context.Line($"BugCheck {bugCheck.Code:X}, {{{parameters}}}");
        context.Line();
        context.Line(site.Symbol is null
            ? $"Probably caused by : {site.ImageName}"
            : $"Probably caused by : {site.ImageName} ( {site.Symbol} )");
        context.Line();
    }

    private static void Verbose(KdContext context, BugCheckInfo bugCheck, FaultSite site, FaultSite stackSite)
    {
        context.Line(bugCheck.Summary);
        foreach (var line in BugCheckText.For(bugCheck.Code)?.Description ?? [])
        {
            context.Line(line);
        }

        Arguments(context, bugCheck.Parameters, BugCheckArguments.Of(bugCheck));
        context.Line();
        context.Line("Debugging Details:");
        context.Line("------------------");
        context.Line();
        Field(context, "BUGCHECK_CODE:  ", bugCheck.Code.ToString("x", CultureInfo.InvariantCulture));
        for (var i = 0; i < 4; i++)
        {
            Field(context, $"BUGCHECK_P{i + 1}: ", bugCheck.Parameters[i].ToString("x", CultureInfo.InvariantCulture));
        }

        var rule = BugCheckArguments.RuleOf(bugCheck);
        if (rule is not null && BugCheckArguments.IsDdiRule(rule.Subcode))
        {
            Field(context, "DV_VIOLATED_CONDITION:  ", bugCheck.Detail);
        }
        else
        {
            // NtSim's own field: the rule that was broken, in words, as the kernel recorded it.
            Field(context, "NTSIM_DETAIL:  ", bugCheck.Detail);
        }

        Field(context, "BUGCHECK_STR:  ", BugCheckString(bugCheck, rule));
        Field(context, "FAULTING_THREAD:  ", bugCheck.Thread);
        StackText(context, stackSite);
        if (site.File is not null)
        {
            Field(context, "FAULTING_SOURCE_LINE:  ", site.File);
            Field(context, "FAULTING_SOURCE_LINE_NUMBER:  ", site.Line.ToString(CultureInfo.InvariantCulture));
        }

        if (site.Symbol is not null)
        {
            Field(context, "SYMBOL_NAME:  ", site.Symbol);
        }

        Field(context, "MODULE_NAME: ", site.Module);
        Field(context, "IMAGE_NAME:  ", site.ImageName);
        Field(context, "FAILURE_BUCKET_ID:  ", Bucket(bugCheck, rule, site));
    }

    private static void Arguments(KdContext context, IReadOnlyList<ulong> parameters, string[] meanings)
    {
        context.Line("Arguments:");
        for (var i = 0; i < 4; i++)
        {
            var value = KdFormat.Hex64(parameters[i]);
            context.Line(meanings[i].Length == 0 ? $"Arg{i + 1}: {value}" : $"Arg{i + 1}: {value}, {meanings[i]}");
        }
    }

    private static void StackText(KdContext context, FaultSite site)
    {
        // Call sites only: NtSim records no stack pointers, return addresses or arguments for a bug check's frames.
        context.Line("STACK_TEXT:  ");
        context.Line("nt!KeBugCheckEx");
        if (site.Frame is { } frame)
        {
            context.Line(frame);
        }

        context.Line();
    }

    private static void Field(KdContext context, string name, string value)
    {
        context.Line(name + value);
        context.Line();
    }

    /// <summary>BUGCHECK_STR: <c>0xc4_IrqlExApcLte1_XDV</c> for a DDI rule, <c>0xC4_62</c> for a verifier subcode,
    /// <c>AV</c> for a bad memory reference, else the code (debugger.md 6.1 and 6.3).</summary>
    private static string BugCheckString(BugCheckInfo bugCheck, VerifierRule? rule)
    {
        if (rule is not null)
        {
            return BugCheckArguments.IsDdiRule(rule.Subcode)
                ? $"0x{rule.Code:x}_{rule.Name}_XDV"
                : string.Create(CultureInfo.InvariantCulture, $"0x{bugCheck.Code:X}_{bugCheck.Parameter1:X}");
        }

        return bugCheck.Code switch
        {
            Wdm.DRIVER_IRQL_NOT_LESS_OR_EQUAL or Wdm.IRQL_NOT_LESS_OR_EQUAL or Wdm.PAGE_FAULT_IN_NONPAGED_AREA => "AV",
            Wdm.WDF_VIOLATION => string.Create(CultureInfo.InvariantCulture, $"0x10D_{bugCheck.Parameter1:X}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"0x{bugCheck.Code:X}"),
        };
    }

    /// <summary>FAILURE_BUCKET_ID: the bug check string, <c>_VRF</c> under Driver Verifier for its own codes,
    /// then the routine (or the image) at fault: <c>0xc4_IrqlExApcLte1_XDV_VRF_MyDriver!OnInterrupt</c>.</summary>
    private static string Bucket(BugCheckInfo bugCheck, VerifierRule? rule, FaultSite site)
    {
        var text = BugCheckString(bugCheck, rule);
        if (rule is not null)
        {
            text += "_VRF";
        }

        return text + "_" + (site.Symbol ?? site.ImageName);
    }
}
