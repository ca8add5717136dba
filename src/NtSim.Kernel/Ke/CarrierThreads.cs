using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The host threads that carry simulated threads. Starting a .NET thread costs about a hundred
/// microseconds (most of a small machine's boot, and most of a short run that creates a few
/// threads), so a host thread whose simulated thread has ended waits a while for the next one, of
/// any machine in the process, instead of exiting. A simulated thread sees nothing of this: it
/// starts on a fresh stack frame with no simulated thread bound, as on a new host thread.
/// </summary>
internal static class CarrierThreads
{
    // The stack a simulated thread has: the kernel stack budget is measured against it (KernelStack).
    private const int StackSize = KernelStack.HostStackSize;

    // An idle carrier exits after this long without work, and no more than this many wait.
    private static readonly TimeSpan s_idleTimeout = TimeSpan.FromSeconds(10);
    private const int MaxIdle = 256;

    private static readonly Lock s_lock = new();
    private static readonly List<Carrier> s_idle = [];

    /// <summary>Runs <paramref name="work"/> on a host thread of its own (a waiting carrier, or a new one).</summary>
    internal static void Start(string name, Action work)
    {
        Carrier? carrier = null;
        lock (s_lock)
        {
            if (s_idle.Count > 0)
            {
                carrier = s_idle[^1];
                s_idle.RemoveAt(s_idle.Count - 1);
            }
        }

        if (carrier is null)
        {
            carrier = new Carrier(name, work);
            carrier.Thread.Start();
        }
        else
        {
            carrier.Hand(name, work);
        }
    }

    private sealed class Carrier
    {
        private readonly SemaphoreSlim _work = new(0);
        private string _name;
        private Action? _next;

        internal Carrier(string name, Action work)
        {
            _name = name;
            _next = work;
            Thread = new Thread(Loop, StackSize) { IsBackground = true, Name = name };
        }

        internal Thread Thread { get; }

        internal void Hand(string name, Action work)
        {
            _name = name;
            Volatile.Write(ref _next, work);
            _work.Release();
        }

        private void Loop()
        {
            while (true)
            {
                var work = Interlocked.Exchange(ref _next, null);
                Debug.Assert(work is not null);
                if (Thread.Name != _name)
                {
                    Thread.Name = _name;
                }

                // An exception that leaves the work ends the process, as it would on a thread of its own.
                work();
                if (!WaitForWork())
                {
                    return;
                }
            }
        }

        /// <summary>Parks the carrier; false when it should exit instead.</summary>
        private bool WaitForWork()
        {
            lock (s_lock)
            {
                if (s_idle.Count >= MaxIdle)
                {
                    return false;
                }

                s_idle.Add(this);
            }

            if (_work.Wait(s_idleTimeout))
            {
                return true;
            }

            lock (s_lock)
            {
                if (s_idle.Remove(this))
                {
                    return false;
                }
            }

            // Taken just as the wait timed out: the work is on its way.
            _work.Wait();
            return true;
        }
    }
}
