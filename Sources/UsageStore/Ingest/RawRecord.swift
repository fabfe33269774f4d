/// One record read from a file: its fields' bytes back to back, and the line it starts on.
struct RawRecord {
    /// 1-based physical line where the record starts.
    var line = 0
    /// The fields' bytes, concatenated.
    var bytes: [UInt8] = []
    /// End offset in `bytes` of each field.
    var ends: [Int] = []
    /// Whether any byte is outside ASCII (and so needs UTF-8 validation).
    var hasNonASCII = false

    init() {
        bytes.reserveCapacity(4096)
        ends.reserveCapacity(64)
    }

    var fieldCount: Int { ends.count }

    mutating func reset(line: Int) {
        self.line = line
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hasNonASCII = false
    }

    /// Byte range of field `index`.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Field `index` as text (empty when the record has fewer fields).
    func text(_ index: Int) -> String {
        guard index < ends.count else { return "" }
        return String(decoding: bytes[range(index)], as: UTF8.self)
    }

    /// Byte range of field `index` without surrounding spaces and tabs.
    func trimmedRange(_ index: Int) -> Range<Int> {
        var range = range(index)
        while !range.isEmpty && (bytes[range.lowerBound] == 0x20 || bytes[range.lowerBound] == 0x09) { range = range.dropFirst() }
        while !range.isEmpty && (bytes[range.upperBound - 1] == 0x20 || bytes[range.upperBound - 1] == 0x09) { range = range.dropLast() }
        return range
    }

    /// Field `index` without surrounding spaces and tabs, as text.
    func trimmedText(_ index: Int) -> String {
        guard index < ends.count else { return "" }
        let range = trimmedRange(index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Whether field `index` is missing or holds only spaces.
    func isBlank(_ index: Int) -> Bool {
        guard index >= 0, index < ends.count else { return true }
        for i in range(index) where bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
        return true
    }

    /// Whether every byte forms valid UTF-8.
    var isValidUTF8: Bool {
        !hasNonASCII || String(validating: bytes, as: UTF8.self) != nil
    }
}

/// What reading the next record gave.
enum ReadResult {
    case record
    case problem(IngestProblem)
    case end
}

/// A source of records: CSV or NDJSON.
protocol RecordReader {
    /// Column names, in field order.
    var header: [String] { get }
    /// Bytes consumed so far, for progress.
    var bytesRead: Int { get }
    /// Reads the next record into `record`.
    mutating func next(_ record: inout RawRecord) -> ReadResult
}
