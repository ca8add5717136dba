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
        [Wdm.IRQL_NOT_GREATER_OR_EQUAL] = new(
            ["The IRQL was lower than a routine requires (KeLowerIrql asked to go up, say)."],
            ["", "", "", ""]),
        [Wdm.SPIN_LOCK_ALREADY_OWNED] = new(
            ["A processor tried to acquire a spin lock it already holds (a recursive acquire)."],
            ["", "", "", ""]),
        [Wdm.SPIN_LOCK_NOT_OWNED] = new(
            ["A spin lock was released by a processor that does not hold it."],
            ["", "", "", ""]),
        [Wdm.REFERENCE_BY_POINTER] = new(
            ["An object's reference count went wrong: it dropped to zero, or below, while the",
             "object was still referenced or had open handles (one dereference too many)."],
            ["Object type of the object whose reference count is being lowered", "Object whose reference count is being lowered",
             Reserved, Reserved]),
        [Wdm.KERNEL_APC_PENDING_DURING_EXIT] = new(
            ["A thread ended with kernel APCs still disabled or pending (an unbalanced",
             "KeEnterCriticalRegion, or a thread ending at a raised IRQL)."],
            ["The address of the APC found pending", "The thread's APC disable count", "The current IRQL", Reserved]),
        [Wdm.SYSTEM_EXIT_OWNED_MUTEX] = new(
            ["A worker routine returned while it still owned a mutex."],
            ["", "", "The work item", ""]),
        [Wdm.PNP_DETECTED_FATAL_ERROR] = new(
            ["The PnP manager found a severe error, usually a driver that reported bad",
             "device objects or IDs to it."],
            ["Type of error (1 duplicate PDO, 2 invalid PDO, 3 invalid ID)", "The device object (or the value reported)",
             "The other device object, or the driver", "For type 3: 1 device ID, 2 instance ID"]),
        [Wdm.WORKER_THREAD_RETURNED_AT_BAD_IRQL] = new(
            ["A work item's routine returned at an IRQL above PASSIVE_LEVEL."],
            ["Address of the worker routine", "IRQL the routine returned at", "The work item's parameter", "The work item"]),
        [Wdm.RESOURCE_NOT_OWNED] = new(
            ["A thread released or converted an executive resource (ERESOURCE) it does not own."],
            ["The resource", "The thread", "", ""]),
        [Wdm.INVALID_KERNEL_HANDLE] = new(
            ["A kernel handle that is not valid, or that is protected from close, was closed."],
            ["The handle", "0: a protected handle was closed; 1: an invalid handle was referenced", Reserved, Reserved]),
        [Wdm.THREAD_TERMINATE_HELD_MUTEX] = new(
            ["A thread ended while it still owned a mutex."],
            ["The thread", "The mutex", Reserved, Reserved]),
        [Wdm.KERNEL_SECURITY_CHECK_FAILURE] = new(
            ["The kernel found one of its critical data structures corrupt (a fast-fail check,",
             "such as a LIST_ENTRY whose neighbours do not point back at it)."],
            ["The type of corruption (FAST_FAIL_*)", "", "", Reserved]),
        [Wdm.TARGET_MDL_TOO_SMALL] = new(
            ["A driver built a partial MDL (IoBuildPartialMdl) into an MDL too small for the range."],
            ["", "", "", ""]),
        [Wdm.ATTEMPTED_SWITCH_FROM_DPC] = new(
            ["A DPC routine tried to wait, yield or otherwise give up its processor, which",
             "code at DISPATCH_LEVEL may not do."],
            ["The original thread", "", "", ""]),
    };

    /// <summary>The text for <paramref name="code"/>, or null when NtSim has none for it.</summary>
    internal static BugCheckText? For(uint code) => s_texts.GetValueOrDefault(code);
}
