using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using Plein.Platform.Hosting;

namespace Plein.Tests.Platform.Hosting;

/// <summary>Measures the process's resident memory, so nothing else runs beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    public const string Name = "Process memory";
}

[Collection(ProcessMemoryCollection.Name)]
public sealed class NativeMemoryTrimTests
{
    [Fact]
    public async Task FreedNativeMemoryGoesBackToTheOperatingSystem()
    {
        if (!OperatingSystem.IsLinux()) return;
        // 32 MB in blocks the C library keeps in its own pool when freed; the last one stays, so the pool's top is
        // in use and free() alone gives nothing back.
        var blocks = new List<nint>();
        for (var i = 0; i < 512; i++)
        {
            var block = Marshal.AllocHGlobal(64 * 1024);
            for (var page = 0; page < 64 * 1024; page += 4096) Marshal.WriteByte(block, page, 1);
            blocks.Add(block);
        }
        foreach (var block in blocks.SkipLast(1)) Marshal.FreeHGlobal(block);
        var before = ResidentMegabytes();

        var trimmed = await new NativeMemoryTrim(TimeProvider.System, NullLogger<NativeMemoryTrim>.Instance).RunAsync(default);

        Assert.Equal(1, trimmed);
        Assert.True(before - ResidentMegabytes() >= 16, $"{before} MB before, {ResidentMegabytes()} MB after");
        Marshal.FreeHGlobal(blocks[^1]);
    }

    private static long ResidentMegabytes() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
}
