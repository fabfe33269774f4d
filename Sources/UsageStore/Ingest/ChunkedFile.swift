import Foundation

/// Reads a file in large chunks into one buffer, keeping unread bytes when refilling.
/// Memory stays at the chunk size whatever the file size (it grows only for a single huge record).
final class ChunkedFile {
    private let descriptor: Int32
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Start of unread bytes.
    var position = 0
    /// End of valid bytes.
    private(set) var end = 0
    /// Whether the file has no more bytes beyond `end`.
    private(set) var atEOF = false
    /// Bytes consumed from the file up to `position`.
    var consumed: Int { discarded + position }
    private var discarded = 0

    /// The longest record a reader holds in memory: a record beyond it (a quote never closed) is refused,
    /// so that malformed input cannot make memory grow with the file.
    static let recordLimit = 1 << 23

    init(path: String, chunkSize: Int = 1 << 22) throws(IngestError) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw IngestError(file: path, problems: [.init(line: nil, message: "cannot open (\(String(cString: strerror(errno))))")])
        }
        capacity = chunkSize
        buffer = .allocate(capacity: chunkSize)
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// Keeps the bytes from `position` on, reads more after them. Returns false at end of file.
    @discardableResult
    func refill() -> Bool {
        if atEOF { return false }
        let kept = end - position
        if position > 0 {
            if kept > 0 { memmove(buffer, buffer + position, kept) }
            discarded += position
            position = 0
            end = kept
        }
        if end == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        while end < capacity {
            let count = read(descriptor, buffer + end, capacity - end)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                atEOF = true
                break
            }
            end += count
        }
        return true
    }
}
