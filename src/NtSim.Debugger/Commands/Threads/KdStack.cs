using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Threads;

/// <summary>
/// A simulated thread's stack from what the machine records of it (its host stack cannot be read
/// from another thread): the bug check's KeBugCheckEx and the driver line it blamed; for a waiting
/// thread the Ke wait routine it is in and the DDI that waits through it (ExAcquireResourceSharedLite);
/// and the driver start routine at the bottom of a system thread. Frames between them (the driver's
/// callers, the kernel's internal routines) are not recorded and are left out; offsets are 0 (a
/// simulated routine has no instructions to be inside of). Read when a thread's view is captured
/// (Target/KdSnapshot.Threads.cs): the commands print the view's frames, on a live machine and on a dump alike.
/// </summary>
internal static class KdStack
{
    // The DDIs that block inside a Ke wait (ExAcquireResourceSharedLite waits on the resource's semaphore): a waiting
    // thread whose last DDI is one of them is in it, under the wait routine.
    private static readonly HashSet<string> s_blocking = new(StringComparer.Ordinal)
    {
        "ExAcquireResourceExclusiveLite", "ExAcquireResourceSharedLite", "ExAcquireSharedStarveExclusive",
        "ExAcquireSharedWaitForExclusive", "ExEnterCriticalRegionAndAcquireResourceExclusive", "ExAcquireFastMutex",
        "ExAcquireFastMutexUnsafe", "KeAcquireGuardedMutex", "KeAcquireGuardedMutexUnsafe", "ExAcquirePushLockExclusive",
        "ExAcquirePushLockExclusiveEx", "ExAcquirePushLockSharedEx", "ExWaitForRundownProtectionRelease",
        "IoReleaseRemoveLockAndWait", "KeFlushQueuedDpcs", "ZwWaitForSingleObject", "NtWaitForSingleObject",
        "NtWaitForMultipleObjects",
    };

    // The Ke wait routines themselves.
    private static readonly HashSet<string> s_waits = new(StringComparer.Ordinal)
    {
        "KeWaitForSingleObject", "KeWaitForMultipleObjects", "KeWaitForMutexObject", "KeDelayExecutionThread",
        "KeRemoveQueue", "KeRemoveQueueEx",
    };

    /// <summary>The known frames of <paramref name="thread"/>, innermost first.</summary>
    internal static IReadOnlyList<KdFrameView> Of(Machine machine, KTHREAD thread)
    {
        var frames = new List<KdFrameView>();
        if (machine.BugCheck is { } bugCheck && bugCheck.Thread == thread.ToString())
        {
            frames.Add(new KdFrameView("nt!KeBugCheckEx", null));
            if (bugCheck.Location is { } location)
            {
                frames.Add(FromLocation(machine, location));
            }
        }
        else if (machine.Debugger.Break is { Reached.Kind: BreakpointKind.Line } atLine && atLine.Thread == thread.ToString())
        {
            // Stopped at a source line: the frames of driver and client code, each at its line.
            frames.AddRange(atLine.Frames.Select(f => FromLocation(machine, f)));
        }
        else if (machine.Debugger.Break is { Reached: { } reached } report && report.Thread == thread.ToString())
        {
            // Stopped by a breakpoint, a step or a break-in: the routine or DDI it was entering, then the driver's frame.
            frames.Add(new KdFrameView(Breakpoints.KdBreakpointTargets.NameOf(machine, reached), null));
            if (report.Location is { } location && FromLocation(machine, location) is var caller && caller.Symbol != frames[0].Symbol + "+0x0")
            {
                frames.Add(caller);
            }
        }
        else if (thread.State == ThreadState.Waiting)
        {
            frames.AddRange(WaitFrames(thread));
        }

        if (StartRoutine(machine, thread) is { } start && !frames.Any(f => f.Symbol == start.Symbol))
        {
            frames.Add(start);
        }

        return frames;
    }

    /// <summary>The routines a waiting thread is in: the Ke wait (the DDI it called, else the one its wait is: a delay,
    /// a queue's, one object's or several objects'), then the blocking DDI that waits through it, if any.</summary>
    private static IEnumerable<KdFrameView> WaitFrames(KTHREAD thread)
    {
        var ddi = thread.LastDdi;
        if (ddi is not null && s_waits.Contains(ddi))
        {
            yield return new KdFrameView("nt!" + ddi, null);
            yield break;
        }

        int count;
        KWAIT_REASON reason;
        lock (thread.Machine.Scheduler.Lock)
        {
            count = thread.WaitCount;
            reason = thread.WaitReason;
        }

        var wait = count switch
        {
            0 => "KeDelayExecutionThread",
            _ when reason == Wdm.WrQueue => "KeRemoveQueueEx",
            1 => "KeWaitForSingleObject",
            _ => "KeWaitForMultipleObjects",
        };
        yield return new KdFrameView("nt!" + wait, null);
        if (ddi is not null && s_blocking.Contains(ddi))
        {
            yield return new KdFrameView("nt!" + ddi, null);
        }
    }

    /// <summary>"Module!Type.Method, File.cs:42" (a report's location) as a frame, the routine named as its
    /// module's symbols name it (Engine/KdSymbols) where the module is loaded.</summary>
    internal static KdFrameView FromLocation(Machine machine, string location)
    {
        var (routine, site) = KdLocation.Split(location);
        var symbol = KdSymbols.Find(machine, routine)?.FullName ?? routine;
        return new KdFrameView(symbol + "+0x0", site is null ? null : Source(site));
    }

    /// <summary>"File.cs:42" as WinDbg writes a source line: "File.cs @ 42".</summary>
    private static string Source(string site)
    {
        var colon = site.LastIndexOf(':');
        return colon < 0 ? site : $"{site[..colon]} @ {site[(colon + 1)..]}";
    }

    /// <summary>The driver routine a system thread started in (PsCreateSystemThread's StartRoutine),
    /// found in its module by the address the thread recorded.</summary>
    private static KdFrameView? StartRoutine(Machine machine, KTHREAD thread)
    {
        var module = thread.Module;
        if (thread.StartAddress == 0 || module == machine.Modules.Kernel)
        {
            return null;
        }

        // The module's symbols (Engine/KdSymbols), the names x, ln and !drvobj print.
        var symbol = KdSymbols.Of(machine, module).FirstOrDefault(s => s.Address == thread.StartAddress);
        return symbol is null
            ? null
            : new KdFrameView(symbol.FullName + "+0x0", SourceLines.Of(symbol.Method) is { } line ? Source(line) : null);
    }
}
