using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Accountability.Rules.Cli;

/// <summary>
/// A new file written front to back in large blocks that go straight to the storage device, past the
/// kernel's page cache (Linux's <c>O_DIRECT</c>), where the file system allows it; elsewhere an ordinary
/// file. For output far larger than what is read back at once, such as a batch's million rows (7.5 GB):
/// copying them into the page cache is most of the kernel's work for such a file, and on the virtual
/// machine the batch was measured on it took up to half as much processor time as the batch's own work
/// (bench/README.md, Batch harness, after the eighteenth session). The bytes in the file are the same either way.
/// Write-only, not seekable, not thread-safe.
/// </summary>
/// <remarks>
/// A direct write must start at a multiple of the device's block size, be a multiple of it long and come
/// from memory aligned to it: this stream fills buffers of <see cref="BufferBytes"/> bytes in pinned memory
/// aligned to <see cref="Alignment"/> (4 KiB, a multiple of every common device's block size). A full buffer
/// is written on a thread of the pool while the next fills, so that the writer (and the batch's workers
/// behind it) do not wait for the device; one write at a time, in order. As an <see cref="IBufferWriter{T}"/>,
/// the stream hands out the free part of the buffer being filled, so that a writer that has its bytes
/// elsewhere (a batch's rows) copies them once, straight into the aligned buffer, with no buffer of its own
/// in front (<c>BatchEvaluator.WriteJsonLinesAsync</c>). <see cref="Flush"/> waits for that
/// write, writes every whole block buffered and keeps the rest (less than one block) for the next write or
/// <see cref="Stream.Dispose()"/>, which writes it without <c>O_DIRECT</c>. When the file system refuses
/// <c>O_DIRECT</c> (when it is set, or at a write: a block size above 4 KiB, say), the file is written
/// through the page cache from then on, and the write is made again that way.
/// </remarks>
internal sealed partial class DirectFileStream : Stream, IBufferWriter<byte>
{
    /// <summary>The alignment of a direct write's memory, offset and length.</summary>
    internal const int Alignment = 4096;

    /// <summary>The bytes of a buffer: large writes keep the device streaming and the system calls few.</summary>
    internal const int BufferBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The largest size <see cref="GetMemory"/> promises: a buffer less the part of a block that stays in it when
    /// its whole blocks go to the device.
    /// </summary>
    internal const int MaxSizeHint = BufferBytes - Alignment;

    /// <summary><c>F_GETFL</c>.</summary>
    private const int GetStatusFlags = 3;

    /// <summary><c>F_SETFL</c>.</summary>
    private const int SetStatusFlags = 4;

    private readonly SafeFileHandle _handle;

    /// <summary>The buffer being filled.</summary>
    private Buffer _filling = new();

    /// <summary>The buffer being written while the other fills (<see cref="_inFlight"/>), else free.</summary>
    private Buffer _spare = new();

    /// <summary>The write of the full buffer <see cref="_spare"/>, or null.</summary>
    private Task? _inFlight;

    /// <summary>The bytes of <see cref="_filling"/> not yet written.</summary>
    private int _buffered;

    /// <summary>Where the file's next write goes: the bytes written or being written, a multiple of <see cref="Alignment"/> until the last write.</summary>
    private long _written;

    private bool _disposed;

    private DirectFileStream(SafeFileHandle handle, bool direct)
    {
        _handle = handle;
        IsDirect = direct;
    }

    /// <summary>
    /// Creates (or truncates) the file at <paramref name="path"/> for writing, readable by others meanwhile: a
    /// <see cref="DirectFileStream"/>, with direct writes when <paramref name="direct"/> and the platform and file
    /// system allow them, when the file can be written at any offset (a file, or a device such as <c>/dev/null</c>);
    /// otherwise (a pipe, a terminal: <c>--out /dev/stdout</c>) an unbuffered <see cref="FileStream"/> writing in order.
    /// </summary>
    /// <exception cref="IOException">The file cannot be created (as <see cref="File.OpenHandle"/> throws).</exception>
    /// <exception cref="UnauthorizedAccessException">Not allowed to create it.</exception>
    public static Stream Open(string path, bool direct = true)
    {
        var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        try
        {
            return IsSeekable(handle)
                ? new DirectFileStream(handle, direct && SetDirect(handle, on: true))
                : new FileStream(handle, FileAccess.Write, bufferSize: 0);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Whether the file can be written at an offset (<see cref="RandomAccess"/> refuses a pipe or a terminal).</summary>
    private static bool IsSeekable(SafeFileHandle handle)
    {
        try
        {
            RandomAccess.GetLength(handle);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Whether whole blocks go to the device past the page cache (false once the file system refused them).</summary>
    public bool IsDirect { get; private set; }

    /// <summary>Whether a write to the file failed (its exception went to the caller): what an <see cref="IOException"/> from a batch writing here means.</summary>
    public bool HasFailed { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    /// <summary>The bytes written to the stream so far, buffered or in the file.</summary>
    public override long Length => _written + _buffered;

    public override long Position { get => Length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (!buffer.IsEmpty)
        {
            var free = GetSpan();
            var taken = Math.Min(buffer.Length, free.Length);
            buffer[..taken].CopyTo(free);
            Advance(taken);
            buffer = buffer[taken..];
        }
    }

    /// <summary>
    /// The free part of the buffer being filled, at least <paramref name="sizeHint"/> bytes long (at least one): when
    /// fewer are free, the whole blocks buffered go to the device first (<see cref="HandOver"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sizeHint"/> is negative or above <see cref="MaxSizeHint"/>.</exception>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizeHint, MaxSizeHint);
        if (BufferBytes - _buffered < Math.Max(sizeHint, 1))
        {
            HandOver();
        }

        return _filling.Memory[_buffered..];
    }

    /// <inheritdoc cref="GetMemory"/>
    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>Counts <paramref name="count"/> bytes written into the memory <see cref="GetMemory"/> gave; a full buffer goes to the device.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or more than the free part of the buffer.</exception>
    public void Advance(int count)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, BufferBytes - _buffered);
        _buffered += count;
        if (_buffered == BufferBytes)
        {
            HandOver();
        }
    }

    /// <summary>As <see cref="Write(ReadOnlySpan{byte})"/>: it waits only when a full buffer's write is still under way as the next one fills.</summary>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Waits for the write under way and writes every whole block buffered; the rest of the last block stays buffered (see the remarks).</summary>
    public override void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        HandOver();
        WaitForWrite();
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Flush();
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Writes what is buffered (the last bytes through the page cache), unless a write failed, and closes the file.</summary>
    protected override void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            // Even when not disposing: the write under way uses the handle.
            WaitForWrite();
            if (disposing && !HasFailed)
            {
                HandOver();
                WaitForWrite();
                WriteLastBytes();
            }
        }
        finally
        {
            _disposed = true;
            _handle.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// Waits for the write under way, then hands the whole blocks of the buffer being filled (all of it when full) to a
    /// thread of the pool to write, and fills the other from the rest of the last block on; nothing more when less
    /// than a block is buffered.
    /// </summary>
    private void HandOver()
    {
        WaitForWrite();
        var whole = _buffered / Alignment * Alignment;
        if (whole == 0)
        {
            return;
        }

        var rest = _buffered - whole;
        _filling.Bytes.Slice(whole, rest).CopyTo(_spare.Bytes);
        (_filling, _spare) = (_spare, _filling);
        var (full, offset) = (_spare, _written);
        _written += whole;
        _buffered = rest;
        _inFlight = Task.Run(() => WriteAt(full, whole, offset));
    }

    /// <summary>Waits for the write under way, if any, and throws its exception.</summary>
    private void WaitForWrite()
    {
        if (_inFlight is { } write)
        {
            _inFlight = null;
            write.GetAwaiter().GetResult();
        }
    }

    /// <summary>The bytes buffered after the whole blocks, as the file closes: less than a block, not a direct write's length, so through the page cache.</summary>
    private void WriteLastBytes()
    {
        if (_buffered == 0)
        {
            return;
        }

        if (IsDirect)
        {
            IsDirect = !SetDirect(_handle, on: false);
        }

        WriteAt(_filling, _buffered, _written);
        _written += _buffered;
        _buffered = 0;
    }

    /// <summary>
    /// Writes the first <paramref name="count"/> bytes of <paramref name="buffer"/> at <paramref name="offset"/>;
    /// once more through the page cache if a direct write fails. A write that fails that way too marks the stream <see cref="HasFailed"/>.
    /// </summary>
    private void WriteAt(Buffer buffer, int count, long offset)
    {
        ReadOnlySpan<byte> bytes = buffer.Bytes[..count];
        try
        {
            try
            {
                RandomAccess.Write(_handle, bytes, offset);
            }
            catch (IOException) when (IsDirect && SetDirect(_handle, on: false))
            {
                // The file system took O_DIRECT but not this write (a device block larger than Alignment, say).
                IsDirect = false;
                RandomAccess.Write(_handle, bytes, offset);
            }
        }
        catch
        {
            HasFailed = true;
            throw;
        }
    }

    /// <summary>Turns <c>O_DIRECT</c> on or off for the open file; false where the platform or file system does not have it.</summary>
    private static bool SetDirect(SafeFileHandle handle, bool on)
    {
        if (!OperatingSystem.IsLinux() || DirectFlag() is not { } flag)
        {
            return false;
        }

        var flags = Fcntl(handle, GetStatusFlags, 0);
        return flags >= 0 && Fcntl(handle, SetStatusFlags, on ? flags | flag : flags & ~flag) == 0;
    }

    /// <summary>Linux's <c>O_DIRECT</c>, which differs between processors; null where not known here.</summary>
    private static int? DirectFlag() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(SafeFileHandle handle, int command, int argument);

    /// <summary><see cref="BufferBytes"/> bytes of pinned memory (never moved by the collector) aligned to <see cref="Alignment"/>.</summary>
    private sealed class Buffer
    {
        private readonly byte[] _memory = GC.AllocateUninitializedArray<byte>(BufferBytes + Alignment, pinned: true);
        private readonly int _start;

        public Buffer()
        {
            var misalignment = (int)(Marshal.UnsafeAddrOfPinnedArrayElement(_memory, 0) % Alignment);
            _start = misalignment == 0 ? 0 : Alignment - misalignment;
        }

        public Span<byte> Bytes => _memory.AsSpan(_start, BufferBytes);

        public Memory<byte> Memory => _memory.AsMemory(_start, BufferBytes);
    }
}
