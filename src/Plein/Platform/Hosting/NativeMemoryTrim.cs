using System.Runtime.InteropServices;
using Plein.Platform.Jobs;

namespace Plein.Platform.Hosting;

/// <summary>
/// SQLite and the runtime allocate outside the .NET heap, through the C library (glibc on Linux). glibc keeps what
/// is freed for later in a pool per thread group, so after the busy hours a node holds memory it no longer uses: some
/// 14 MB after the bench's loads, 5% of the whole process. Every few seconds the unused whole pages go back to the
/// operating system (malloc_trim); a page needed again costs a page fault (ADR 0047).
/// </summary>
internal sealed class NativeMemoryTrim(TimeProvider clock, ILogger<NativeMemoryTrim> log)
    : PeriodicService(clock, log, Interval, "Returning unused native memory")
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private bool unavailable;

    /// <summary>Returns 1 when memory went back, 0 when there was none or this C library cannot trim (not glibc).</summary>
    public override Task<int> RunAsync(CancellationToken ct)
    {
        if (unavailable || !OperatingSystem.IsLinux()) return Task.FromResult(0);
        try
        {
            return Task.FromResult(malloc_trim(0));
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
            return Task.FromResult(0);
        }
    }

    // glibc's own function; a DllImport, as LibraryImport would need unsafe code in the whole project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);
#pragma warning restore SYSLIB1054
}
