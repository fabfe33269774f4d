public import Foundation

/// Writes CSV bytes to a file through a ~1 MB buffer; `\n` line ends, RFC-4180 quoting when needed.
/// The one CSV writer of the package: the synthetic corpus and `conteur members` both write through it.
public struct CSVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let chunk = 1 << 20
    /// Bytes flushed to the file so far (all of them after `close`).
    private(set) var bytes = 0
    /// Data rows written so far (the header excluded).
    private(set) var rows = 0

    /// Creates (or truncates) the file at `url` and writes the header row.
    init(_ url: URL, header: [String]) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        self.init(handle: try FileHandle(forWritingTo: url), header: header)
    }

    /// Writes to an open handle (standard output, say), starting with the header row.
    public init(handle: FileHandle, header: [String]) {
        self.handle = handle
        buffer.reserveCapacity(Self.chunk + 4096)
        for (index, name) in header.enumerated() {
            if index > 0 { comma() }
            field(name)
        }
        buffer.append(0x0A)
    }

    /// A text field, quoted when it holds a comma, quote or line break.
    public mutating func field(_ text: String) {
        let utf8 = text.utf8
        if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            buffer.append(0x22)
            for byte in utf8 {
                if byte == 0x22 { buffer.append(0x22) }
                buffer.append(byte)
            }
            buffer.append(0x22)
        } else {
            buffer.append(contentsOf: utf8)
        }
    }

    /// Bytes known not to need quoting (identifiers, dates, names from fixed catalogues).
    mutating func raw(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    /// Bytes `range` of `bytes`, known not to need quoting.
    mutating func raw(_ bytes: [UInt8], _ range: Range<Int>) { buffer.append(contentsOf: bytes[range]) }

    /// A decimal integer.
    mutating func integer(_ value: Int) {
        var value = value
        if value < 0 {
            buffer.append(UInt8(ascii: "-"))
            value = -value
        }
        let start = buffer.count
        repeat {
            buffer.append(0x30 + UInt8(value % 10))
            value /= 10
        } while value > 0
        buffer[start...].reverse()
    }

    /// A number with exactly `decimals` decimals (locale-free).
    mutating func fixed(_ value: Double, decimals: Int) {
        let scale = (0..<decimals).reduce(1) { product, _ in product * 10 }
        var scaled = Int((value * Double(scale)).rounded())
        if scaled < 0 {
            buffer.append(UInt8(ascii: "-"))
            scaled = -scaled
        }
        integer(scaled / scale)
        guard decimals > 0 else { return }
        buffer.append(UInt8(ascii: "."))
        let fraction = String(scaled % scale)
        buffer.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals - fraction.utf8.count))
        buffer.append(contentsOf: fraction.utf8)
    }

    public mutating func comma() { buffer.append(0x2C) }

    /// Ends a data row, flushing when the buffer is full.
    public mutating func endRow() throws {
        buffer.append(0x0A)
        rows += 1
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Writes what is buffered.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        bytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    mutating func close() throws {
        try flush()
        try handle.close()
    }
}
