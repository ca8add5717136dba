namespace NtSim;

public sealed partial class EtwTracing
{
    /// <summary>Runs the enable callbacks of <paramref name="changes"/> at PASSIVE_LEVEL: on the calling simulated thread
    /// (a registering driver, a session started from driver code), or on a new system thread when the host starts or
    /// stops a session, as the controller's thread runs them on Windows.</summary>
    private void RunCallbacks(List<EnableChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        if (KTHREAD.Current is { } thread && thread.Machine == _machine)
        {
            foreach (var change in changes)
            {
                Call(thread, change);
            }

            return;
        }

        if (!_machine.IsHalted)
        {
            _machine.Run(() =>
            {
                var current = KTHREAD.Current!;
                foreach (var change in changes)
                {
                    Call(current, change);
                }
            }, "EtwEnableCallbacks");
        }
    }

    /// <summary>Calls one callback in its driver's module: a callback of an unloaded driver faults (0xCE), as the
    /// WDK warns for a provider left registered at unload.</summary>
    private static void Call(KTHREAD thread, EnableChange change)
    {
        var provider = change.Provider;
        var callback = provider.Callback!;
        using (thread.EnterModule(provider.Module))
        {
            if (provider.Module.IsUnloaded)
            {
                UnloadedCode.Raise(provider.Machine, provider.Module, callback.Method, "ETW enable callback");
            }

            callback(Guid.Empty, change.ControlCode, change.Level, change.MatchAnyKeyword, change.MatchAllKeyword, null, provider.CallbackContext);
        }
    }
}
