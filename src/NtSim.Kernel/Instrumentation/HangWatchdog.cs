using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The host-side watchdog: while the host drives the machine, it looks at the threads that
/// execute, and one that has not entered the kernel (<see cref="KTHREAD.Progress"/>) for
/// <see cref="MachineOptions.HangTimeout"/> of host time hangs the run. It asks the thread to stop
/// at its next probe (instrumented code: the report then has the thread's line); a thread without
/// probes (a driver type of the host, code blocked on a .NET primitive) is reported without its
/// line after a grace period, and left behind: .NET cannot stop a thread from outside.
/// </summary>
internal sealed class HangWatchdog
{
    private readonly Scheduler _scheduler;
    private readonly List<KTHREAD> _executing = [];
    private readonly Dictionary<KTHREAD, (int Progress, long Since)> _seen = [];

    internal HangWatchdog(Scheduler scheduler)
    {
        _scheduler = scheduler;
    }

    /// <summary>Waits for <paramref name="signalled"/> (a wait with a timeout in milliseconds that
    /// returns true when the host is signalled), looking for a hung thread in between.</summary>
    internal void Wait(Func<int, bool> signalled)
    {
        var timeout = _scheduler.Machine.Options.HangTimeout;
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            signalled(Timeout.Infinite);
            return;
        }

        var limit = (long)timeout.TotalMilliseconds;
        var poll = (int)Math.Clamp(limit / 4, 1, 250);
        _seen.Clear();
        while (!signalled(poll))
        {
            Look(limit);
        }
    }

    private void Look(long limit)
    {
        var machine = _scheduler.Machine;
        if (Debugger.IsAttached || machine.IsHalted)
        {
            _seen.Clear();
            return;
        }

        var now = Environment.TickCount64;
        _executing.Clear();
        _scheduler.AddExecutingThreads(_executing);
        foreach (var thread in _executing)
        {
            if (thread.IsAdopted)
            {
                continue;
            }

            var progress = Volatile.Read(ref thread.Progress);
            if (!_seen.TryGetValue(thread, out var seen) || seen.Progress != progress)
            {
                _seen[thread] = (progress, now);
            }
            else if (now - seen.Since >= limit)
            {
                Stop(thread, progress, limit);
                return;
            }
        }
    }

    /// <summary>Asks the thread to stop at its next probe; halts the machine for it if it has none.</summary>
    private void Stop(KTHREAD thread, int progress, long limit)
    {
        var machine = _scheduler.Machine;
        thread.StopRequested = true;
        var deadline = Environment.TickCount64 + Math.Min(limit, 1000);
        while (!machine.IsHalted && Environment.TickCount64 < deadline)
        {
            if (Volatile.Read(ref thread.Progress) != progress)
            {
                // It entered the kernel after all: not hung.
                thread.StopRequested = false;
                _seen.Remove(thread);
                return;
            }

            // The thread decrements the counter as it goes: write until a probe sees the request.
            Volatile.Write(ref thread.ProbeCountdown, 0);
            Thread.Sleep(1);
        }

        if (!machine.IsHalted)
        {
            machine.HaltHung(_scheduler.HangReport(thread, null, null));
        }
    }

    /// <summary>A probe of the thread the watchdog asked to stop: the report names its line.</summary>
    internal static void StopAtProbe(KTHREAD thread)
    {
        var machine = thread.Machine;
        var (module, location) = Blame.Find(new StackTrace(1, true), thread, machine.Modules);
        machine.HaltHung(machine.Scheduler.HangReport(thread, module, location));
        throw new MachineHaltedException();
    }
}
