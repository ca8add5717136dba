namespace NtSim;

/// <summary>Charges the thread's work to a module for the length of a callout (a dispatch routine,
/// a completion routine, DriverEntry), and gives the caller's module back at the end:
/// <c>using (thread.EnterModule(driver.Module)) { ... }</c>.</summary>
internal readonly ref struct ModuleScope
{
    private readonly KTHREAD _thread;
    private readonly KernelModule _previous;

    internal ModuleScope(KTHREAD thread, KernelModule module)
    {
        _thread = thread;
        _previous = thread.CurrentModule;
        thread.CurrentModule = module;
    }

    public void Dispose() => _thread.CurrentModule = _previous;
}
