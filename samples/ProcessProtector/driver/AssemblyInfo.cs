// The image is linked with /integritycheck: ObRegisterCallbacks refuses routines of any other image (STATUS_ACCESS_DENIED).
[assembly: NtSim.IntegrityCheck]
