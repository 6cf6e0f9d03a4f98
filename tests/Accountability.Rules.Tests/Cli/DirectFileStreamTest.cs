using Accountability.Rules.Cli;

namespace Accountability.Rules.Tests.Cli;

/// <summary>
/// <see cref="DirectFileStream"/> writes exactly the bytes it is given, whether its writes go past the page
/// cache or not: random runs of writes (from a byte to more than its buffer), of bytes put in the memory it
/// hands out (<see cref="System.Buffers.IBufferWriter{T}"/>) and of flushes; a flush puts every whole block in
/// the file and keeps the rest of the last one until the stream is disposed.
/// </summary>
public sealed class DirectFileStreamTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("direct-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public async Task RandomWritesAndFlushes_LeaveExactlyTheBytesWritten(int seed, bool direct)
    {
        var random = new Random(seed);
        var path = Path.Combine(_folder, "results.jsonl");
        var expected = new MemoryStream();
        using (var stream = Assert.IsType<DirectFileStream>(DirectFileStream.Open(path, direct)))
        {
            Assert.True(direct || !stream.IsDirect);
            for (var step = 0; step < 60; step++)
            {
                var size = random.Next(4) switch
                {
                    0 => random.Next(1, 10),
                    1 => random.Next(1, DirectFileStream.Alignment * 3),
                    2 => random.Next(1, 300_000),
                    _ => random.Next(DirectFileStream.BufferBytes / 2, DirectFileStream.BufferBytes * 2),
                };
                var bytes = new byte[size];
                random.NextBytes(bytes);
                switch (random.Next(3))
                {
                    case 0:
                        stream.Write(bytes);
                        break;
                    case 1:
                        await stream.WriteAsync(bytes);
                        break;
                    default:
                        PutInHandedOutMemory(stream, bytes, random);
                        break;
                }

                expected.Write(bytes);
                Assert.Equal(expected.Length, stream.Length);
                if (random.Next(5) == 0)
                {
                    await stream.FlushAsync();
                    Assert.Equal(expected.Length / DirectFileStream.Alignment * DirectFileStream.Alignment, new FileInfo(path).Length);
                }
            }
        }

        Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));
    }

    /// <summary>Writes <paramref name="bytes"/> through <see cref="DirectFileStream.GetSpan"/> and <see cref="DirectFileStream.Advance"/>, asking for random sizes and filling part of what is given.</summary>
    private static void PutInHandedOutMemory(DirectFileStream stream, ReadOnlySpan<byte> bytes, Random random)
    {
        while (!bytes.IsEmpty)
        {
            var hint = random.Next(2) == 0 ? 0 : random.Next(1, Math.Min(bytes.Length, DirectFileStream.MaxSizeHint) + 1);
            var free = stream.GetSpan(hint);
            Assert.True(free.Length >= Math.Max(hint, 1));
            var taken = Math.Min(bytes.Length, random.Next(2) == 0 ? free.Length : random.Next(1, free.Length + 1));
            bytes[..taken].CopyTo(free);
            stream.Advance(taken);
            bytes = bytes[taken..];
        }
    }

    [Fact]
    public void HandedOutMemory_IsAsLargeAsAsked_UpToABufferLessABlock()
    {
        var path = Path.Combine(_folder, "results.jsonl");
        using (var stream = Assert.IsType<DirectFileStream>(DirectFileStream.Open(path)))
        {
            stream.Write(new byte[DirectFileStream.BufferBytes - 10]);
            Assert.Equal(10, stream.GetSpan().Length);

            // Fewer free than asked: the whole blocks go to the device, the rest of the last (4,086 bytes) stays.
            Assert.Equal(DirectFileStream.MaxSizeHint + 10, stream.GetSpan(DirectFileStream.MaxSizeHint).Length);
            Assert.Throws<ArgumentOutOfRangeException>(() => stream.GetSpan(DirectFileStream.MaxSizeHint + 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => stream.GetSpan(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => stream.Advance(stream.GetSpan().Length + 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => stream.Advance(-1));
            Assert.Equal(DirectFileStream.BufferBytes - 10, stream.Length);
        }

        Assert.Equal(DirectFileStream.BufferBytes - 10, new FileInfo(path).Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(DirectFileStream.Alignment)]
    [InlineData(DirectFileStream.Alignment + 1)]
    [InlineData(DirectFileStream.BufferBytes)]
    [InlineData(DirectFileStream.BufferBytes + 17)]
    public void AFileOfAnyLength_IsWhole_OnceDisposed(int length)
    {
        var path = Path.Combine(_folder, "results.jsonl");
        File.WriteAllText(path, "an older, longer file that creating the stream truncates ".PadRight(3 * DirectFileStream.Alignment, '.'));
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251)).ToArray();
        using (var stream = DirectFileStream.Open(path))
        {
            stream.Write(bytes);
        }

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void OnALinuxDiskFileSystem_WritesGoPastThePageCache_AndOthersMayReadMeanwhile()
    {
        var path = Path.Combine(_folder, "results.jsonl");
        using var stream = Assert.IsType<DirectFileStream>(DirectFileStream.Open(path));
        stream.Write(new byte[DirectFileStream.Alignment * 2]);
        stream.Flush();
        using (var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            Assert.Equal(DirectFileStream.Alignment * 2, reader.Length);
        }

        Assert.False(stream.CanSeek);
        Assert.False(stream.CanRead);
        Assert.True(stream.CanWrite);
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(stream.IsDirect);
        }
        else if (FileSystemType(_folder) is "ext4" or "xfs" or "btrfs")
        {
            Assert.True(stream.IsDirect);
        }
    }

    /// <summary>The type of the Linux file system <paramref name="folder"/> is on: the mount point that is its longest prefix.</summary>
    private static string FileSystemType(string folder)
    {
        var best = (Point: string.Empty, Type: string.Empty);
        foreach (var line in File.ReadLines("/proc/self/mounts"))
        {
            var fields = line.Split(' ');
            var point = fields[1].TrimEnd('/') + "/";
            if ((folder + "/").StartsWith(point, StringComparison.Ordinal) && point.Length > best.Point.Length)
            {
                best = (point, fields[2]);
            }
        }

        return best.Type;
    }

    [Fact]
    public async Task APipe_IsWrittenInOrder()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var pipe = Path.Combine(_folder, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
        }

        var read = Task.Run(() => File.ReadAllBytes(pipe));
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        using (var stream = DirectFileStream.Open(pipe))
        {
            Assert.IsNotType<DirectFileStream>(stream);
            stream.Write(bytes);
        }

        Assert.Equal(bytes, await read);
    }

    [Fact]
    public void AfterDisposal_WritingIsRefused()
    {
        var stream = DirectFileStream.Open(Path.Combine(_folder, "results.jsonl"));
        stream.Dispose();
        stream.Dispose();
        Assert.False(stream.CanWrite);
        Assert.Throws<ObjectDisposedException>(() => stream.Write(new byte[1]));
        Assert.Throws<ObjectDisposedException>(stream.Flush);
        var writer = Assert.IsType<DirectFileStream>(stream);
        Assert.Throws<ObjectDisposedException>(() => writer.GetMemory());
        Assert.Throws<ObjectDisposedException>(() => writer.Advance(0));
    }

    [Fact]
    public void AFileInAFolderThatDoesNotExist_IsNotCreated()
    {
        Assert.Throws<DirectoryNotFoundException>(() => DirectFileStream.Open(Path.Combine(_folder, "missing", "results.jsonl")));
    }
}
