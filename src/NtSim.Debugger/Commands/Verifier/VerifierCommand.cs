using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Verifier;

/// <summary>
/// <c>!verifier [flags [driver]]</c>: the Driver Verifier options in force with their names (the modern
/// layout, debugger.md 8), the pool the verified drivers hold now, and the verified drivers (the older
/// layout's Driver Verification List). Flag 0x2 lists each driver's pool allocations with the line that
/// made them (<c>!verifier 3 Leaky</c> after a 0xC4/0x62). NtSim keeps no counts of IRQL raises, spin
/// lock acquisitions, trims, failed or peak allocations, and no verifier entry addresses: they are left out.
/// </summary>
internal sealed class VerifierCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!verifier"];

    public override string Help => "!verifier [flags [drv]] Driver Verifier: options, verified drivers and their pool (0x2: allocations)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count > 2)
        {
            context.Error("!verifier: too many arguments (!verifier [flags [driver]])");
            return;
        }

        var flags = words.Count > 0 ? context.Evaluate(words[0]) : 0;
        if (flags is null)
        {
            return;
        }

        if (Target.KdSectionMissing.Report(context, "!verifier", "verifier"))
        {
            return;
        }

        var verifier = context.Target.Snapshot.Verifier;
        var only = words.Count == 2 ? words[1] : null;
        var drivers = Drivers(verifier, only);
        if (only is not null && drivers.Count == 0)
        {
            context.Error($"!verifier: no loaded driver named '{only}'");
            return;
        }

        Flags(context, (VerifierFlags)verifier.Flags);
        Statistics(context, verifier.Drivers);
        List(context, drivers, (flags & 0x2) != 0);
    }

    private static void Flags(KdContext context, VerifierFlags flags)
    {
        context.Line($"Verify Flags Level 0x{(uint)flags:x8}");
        context.Line();
        context.Line("  STANDARD FLAGS:");
        context.Line($"    {Mark(flags != VerifierFlags.None)} (0x00000000) Automatic Checks");
        foreach (var option in VerifierOptions.All.Where(o => (VerifierFlags.Standard & o.Flag) != 0))
        {
            context.Line($"    {Mark((flags & option.Flag) != 0)} (0x{(uint)option.Flag:x8}) {option.Name}");
        }

        context.Line();
        context.Line("  ADDITIONAL FLAGS:");
        foreach (var option in VerifierOptions.All.Where(o => (VerifierFlags.Standard & o.Flag) == 0))
        {
            context.Line($"    {Mark((flags & option.Flag) != 0)} (0x{(uint)option.Flag:x8}) {option.Name}");
        }

        context.Line();
        context.Line("    [X] Indicates flag is enabled");
        context.Line();
    }

    private static void Statistics(KdContext context, IReadOnlyList<KdVerifiedDriverView> drivers)
    {
        context.Line("Summary of All Verifier Statistics");
        context.Line();
        var paged = drivers.SelectMany(d => d.Pool).Where(p => p.Paged).ToList();
        var nonPaged = drivers.SelectMany(d => d.Pool).Where(p => !p.Paged).ToList();
        context.Line($"  Current paged pool allocations         0x{paged.Count:x} for {Sum(paged):x8} bytes");
        context.Line($"  Current nonpaged pool allocations      0x{nonPaged.Count:x} for {Sum(nonPaged):x8} bytes");
        context.Line();
    }

    private static void List(KdContext context, IReadOnlyList<KdVerifiedDriverView> drivers, bool allocations)
    {
        // The older layout's columns without Entry (NtSim has no verifier entry address).
        context.Line("Driver Verification List");
        context.Line();
        context.Line("State           NonPagedPool   PagedPool   Module");
        context.Line();
        foreach (var driver in drivers)
        {
            var paged = driver.Pool.Where(p => p.Paged).ToList();
            var nonPaged = driver.Pool.Where(p => !p.Paged).ToList();
            context.Line($"{"Loaded",-16}{Sum(nonPaged):x8}       {Sum(paged):x8}    {driver.Module}.sys");
            if (allocations)
            {
                Allocations(context, driver);
            }
        }
    }

    private static void Allocations(KdContext context, KdVerifiedDriverView driver)
    {
        context.Line();
        context.Line($"    Current Pool Allocations  {driver.Pool.Count(p => !p.Paged):x8}    {driver.Pool.Count(p => p.Paged):x8}");
        if (driver.Pool.Count == 0)
        {
            context.Line();
            return;
        }

        // CallersAddress becomes the driver's source line: NtSim tracks the line that allocated, not a return address.
        context.Line("    PoolAddress         SizeInBytes      Tag       Allocated at");
        foreach (var block in driver.Pool)
        {
            context.Line(string.Create(CultureInfo.InvariantCulture,
                $"    {KdFormat.Pointer(block.Address)}   {block.Size:x16} {PoolTag.Format(block.Tag),-9} {block.Location}"));
        }

        context.Line();
    }

    private static IReadOnlyList<KdVerifiedDriverView> Drivers(KdVerifierView verifier, string? only)
    {
        var name = only is not null && only.EndsWith(".sys", StringComparison.OrdinalIgnoreCase) ? only[..^4] : only;
        return [.. verifier.Drivers.Where(d => name is null || string.Equals(d.Module, name, StringComparison.OrdinalIgnoreCase))];
    }

    private static ulong Sum(IEnumerable<KdPoolAllocationView> blocks) => blocks.Aggregate(0UL, (sum, b) => sum + b.Size);

    private static string Mark(bool on) => on ? "[X]" : "[ ]";
}
