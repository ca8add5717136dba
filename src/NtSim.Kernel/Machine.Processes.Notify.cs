namespace NtSim;

public sealed partial class Machine
{
    /// <summary>StartProcess with process or thread notify routines registered: they run in the creating
    /// thread (a simulated thread of the host's request when the host starts the process), and a
    /// routine that refuses the creation makes StartProcess fail with its status.</summary>
    private UserProcess StartProcessNotified(UserProcess process, Func<string[], int> main, KernelModule module, string[] args)
    {
        var status = Wdm.STATUS_SUCCESS;
        void Create()
        {
            var creator = KTHREAD.Current!;
            process.ParentId = creator.Process.UniqueProcessId;
            status = ProcessNotifications.ProcessCreated(creator, process.Process, string.Join(' ', [process.ImageName, .. args]));
            if (Wdm.NT_SUCCESS(status))
            {
                process.CreateThread(process.ImageName, module, () => main(args), main: true);
            }
        }

        if (KTHREAD.Current is not null)
        {
            Create();
        }
        else
        {
            Run(Create, nameof(StartProcess));
            ThrowIfHalted();
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            ObjectManager.Dereference(ObjectManager.HeaderOf(process.Process));
            throw new ProcessCreationFailedException(process.ImageName, status);
        }

        return process;
    }
}
