namespace NtSim.Debugger.Commands.Crash;

/// <summary>
/// What !analyze prints under a bug check's name: the description and what each argument means.
/// The facts are those of the Bug Check Code Reference (debugger/bug-check-0x*.md) and debugger.md 6.3,
/// in NtSim's words. A code NtSim raises that has no row here gets its name and bare arguments.
/// </summary>
internal sealed record BugCheckText(string[] Description, string[] Arguments)
{
    private const string Reserved = "Reserved";

    private static readonly Dictionary<uint, BugCheckText> s_texts = new()
    {
        [Wdm.APC_INDEX_MISMATCH] = new(
            ["A system call or worker routine returned with its thread's APC disable count",
             "changed: a driver disabled APCs (KeEnterCriticalRegion, a mutex) and did not",
             "enable them again, or the other way round."],
            ["Address of the system call function or worker routine", "Thread->ApcStateIndex",
             "The thread's APC disable counts", "Call type (0 - system call, 1 - worker routine)"]),
        [Wdm.IRQL_NOT_LESS_OR_EQUAL] = new(
            ["An attempt was made to access a pageable (or completely invalid) address at an",
             "interrupt request level (IRQL) that is too high.  This is usually",
             "caused by drivers using improper addresses."],
            ["memory referenced", "IRQL", "bitfield :", "address which referenced memory"]),
        [Wdm.DRIVER_IRQL_NOT_LESS_OR_EQUAL] = new(
            ["An attempt was made to access a pageable (or completely invalid) address at an",
             "interrupt request level (IRQL) that is too high.  This is usually",
             "caused by drivers using improper addresses.",
             "If kernel debugger is available get stack backtrace."],
            ["memory referenced", "IRQL", "value 0 = read operation, 1 = write operation", "address which referenced memory"]),
        [Wdm.KMODE_EXCEPTION_NOT_HANDLED] = new(
            ["A kernel-mode program raised an exception that no handler caught.  The",
             "exception's address usually names the driver and routine at fault."],
            ["The exception code that was not handled", "The address where the exception happened",
             "First parameter of the exception", "Second parameter of the exception"]),
        [Wdm.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED] = new(
            ["A system thread raised an exception that no handler caught.  The exception's",
             "address usually names the driver and routine at fault."],
            ["The exception code that was not handled", "The address where the exception happened",
             "Address of the exception record", "Address of the context record"]),
        [Wdm.SYSTEM_SERVICE_EXCEPTION] = new(
            ["A system service routine raised an exception that no handler caught."],
            ["The exception code", "The address of the instruction that raised it",
             "Address of the context record of the exception", "0"]),
        [Wdm.NO_MORE_IRP_STACK_LOCATIONS] = new(
            ["A driver passed an IRP down with IoCallDriver() when the IRP had no stack",
             "location left for the next driver, which would find no parameters of its own."],
            ["Address of the IRP", Reserved, Reserved, Reserved]),
        [Wdm.MULTIPLE_IRP_COMPLETE_REQUESTS] = new(
            ["A driver called IoCompleteRequest() for an IRP that had already been",
             "completed.  Often two drivers each believe they own the IRP."],
            ["Address of the IRP", Reserved, Reserved, Reserved]),
        [Wdm.PAGE_FAULT_IN_NONPAGED_AREA] = new(
            ["A driver referenced system memory that is not valid: a bad address, or memory",
             "that was already freed.  An exception handler cannot catch this."],
            ["memory referenced.", "value 0 = read operation, 1 = write operation.",
             "If non-zero, the instruction address which referenced the bad memory address.", "(reserved)"]),
        [Wdm.BAD_POOL_HEADER] = new(
            ["A pool header was found corrupt during the current request; the caller may",
             "or may not be the one that damaged it (an overrun of the block before it is",
             "the usual cause)."],
            ["Type of corruption detected", "The pool entry we were looking for within the page",
             "The next pool entry", Reserved]),
        [Wdm.BAD_POOL_CALLER] = new(
            ["The current thread made a pool request that is not allowed: at a bad IRQL,",
             "freeing a block twice, or with a pool type or tag Windows rejects."],
            ["Type of pool violation the caller is guilty of", "", "", ""]),
        [Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION] = new(
            ["A device driver attempting to corrupt the system has been caught.  This is",
             "because the driver was specified in the registry as being suspect (by the",
             "administrator) and the kernel has enabled substantial checking of this driver.",
             "If the driver attempts to corrupt the system, bugchecks 0xC4, 0xC1 and 0xA will",
             "be among the most commonly seen crashes."],
            ["", "", "", ""]),
        [Wdm.DRIVER_VERIFIER_IOMANAGER_VIOLATION] = new(
            ["The I/O manager's verification caught a driver breaking an I/O rule."],
            ["", "", "", ""]),
        [Wdm.DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS] = new(
            ["A driver unloaded while something of it was still pending (a timer, a DPC, a",
             "callback, a worker thread), and that pending work then ran in its unloaded image."],
            ["memory referenced", "value 0 = read operation, 1 = write operation",
             "If non-zero, the address which referenced memory", Reserved]),
        [Wdm.MANUALLY_INITIATED_CRASH] = new(
            ["The crash was asked for on purpose (KeBugCheckEx called with this code)."],
            ["", "", "", ""]),
        [Wdm.WDF_VIOLATION] = new(
            ["The Kernel-Mode Driver Framework was notified that Windows detected an error",
             "in a framework-based driver. In general, the dump file will yield additional",
             "information about the driver that caused this BugCheck."],
            ["", "", "", Reserved]),
        [Wdm.DPC_WATCHDOG_VIOLATION] = new(
            ["Code ran too long at DISPATCH_LEVEL or above (the DPC watchdog fired)."],
            ["0: one DPC or ISR ran past its time limit; 1: the processor spent too long at DISPATCH_LEVEL or above in total",
             "The DPC time count (in ticks)", "The DPC time limit (in ticks)", Reserved]),
    };

    /// <summary>The text for <paramref name="code"/>, or null when NtSim has none for it.</summary>
    internal static BugCheckText? For(uint code) => s_texts.GetValueOrDefault(code);
}
