using NtSim.Debugger.Commands.Pool;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Irps;

/// <summary><c>!irpfind [PoolType [RestartAddress [Criteria Data]]]</c>: every IRP in use (NtSim's IRPs are
/// nonpaged 'Irp ' blocks), with its thread and the driver its current stack location belongs to. Criteria:
/// <c>device</c>, <c>fileobject</c>, <c>thread</c> (an address), <c>userevent</c> (any IRP with a user event).</summary>
internal sealed class IrpFindCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!irpfind"];

    public override string Help => "!irpfind [0 [restart [device|fileobject|thread|userevent <address>]]]  every IRP in use";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count > 4 || (words.Count == 3 && !string.Equals(words[2], "userevent", StringComparison.OrdinalIgnoreCase)))
        {
            context.Error("Usage: !irpfind [PoolType [RestartAddress [Criteria Data]]]");
            return;
        }

        ulong poolType = 0, restart = 0, data = 0;
        if ((words.Count > 0 && Value(context, words[0], out poolType) is false)
            || (words.Count > 1 && Value(context, words[1], out restart) is false)
            || (words.Count > 3 && Value(context, words[3], out data) is false))
        {
            return;
        }

        var criterion = words.Count > 2 ? Criterion(words[2].ToLowerInvariant(), data) : _ => true;
        if (criterion is null)
        {
            context.Error($"Unknown criteria '{words[2]}': device, fileobject, thread or userevent");
            return;
        }

        if (PoolViews.Of(context) is not { } pool || IrpFinder.InUse(context) is not { } irps)
        {
            return;
        }

        var region = poolType == 0 ? pool.NonPaged : pool.Paged;
        context.Line($"Searching {(poolType == 0 ? "NonPaged" : "Paged")} pool ({KdFormat.Hex64(region.Start)} : {KdFormat.Hex64(region.End)}) for Tag: Irp");
        context.Line();
        if (poolType != 0)
        {
            // The I/O manager allocates every IRP from nonpaged pool: there are none in paged pool.
            return;
        }

        foreach (var irp in irps.Where(i => i.Address >= restart && criterion(i)))
        {
            context.Line($"{KdFormat.Hex64(irp.Address)} Thread {KdFormat.Hex64(irp.Thread)} {Owner(irp)}");
        }
    }

    private static bool Value(KdContext context, string word, out ulong value)
    {
        var evaluated = context.Evaluate(word);
        value = evaluated ?? 0;
        return evaluated is not null;
    }

    // A NULL pointer (0 in the view) matches no address, not even 0.
    private static Func<KdIrpView, bool>? Criterion(string criteria, ulong data) => criteria switch
    {
        "device" => irp => irp.Locations.Any(s => Is(s.Device, data)),
        "fileobject" => irp => Is(irp.OriginalFileObject, data) || irp.Locations.Any(s => Is(s.File, data)),
        "thread" => irp => Is(irp.Thread, data),
        "userevent" => irp => irp.UserEvent is not null,
        _ => null,
    };

    private static bool Is(ulong pointer, ulong data) => pointer != 0 && pointer == data;

    /// <summary>"current stack belongs to  \Driver\cancel" (two spaces, as kdexts prints it); an IRP not sent yet has no
    /// current stack location (wording chosen here).</summary>
    private static string Owner(KdIrpView irp) => irp.Owner is { } driver
        ? $"current stack belongs to  {driver}"
        : "not sent to a driver yet";
}
