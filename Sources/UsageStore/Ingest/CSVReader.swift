/// A streaming RFC 4180 CSV reader: header row, quoted fields with commas, quotes and
/// newlines, CRLF or LF line ends, an optional UTF-8 BOM.
///
/// Hand-written rather than a library because ingest speed is a product target: it works on
/// raw bytes in place and copies each field once.
struct CSVReader: RecordReader {
    let header: [String]
    var bytesRead: Int { file.consumed }
    private let file: ChunkedFile
    private var line = 1
    private var finished = false

    /// Opens `path` and reads its header row.
    init(path: String, displayName: String) throws(IngestError) {
        file = try ChunkedFile(path: path)
        file.refill()
        if file.end >= 3, file.buffer[0] == 0xEF, file.buffer[1] == 0xBB, file.buffer[2] == 0xBF {
            file.position = 3
        }
        var record = RawRecord()
        var header: [String] = []
        var reader = Self(file: file, header: [])
        switch reader.next(&record) {
        case .end:
            throw IngestError(file: displayName, problems: [.init(line: nil, message: "empty file (no header row)")])
        case .problem(let problem):
            throw IngestError(file: displayName, problems: [problem])
        case .record:
            guard record.isValidUTF8 else {
                throw IngestError(file: displayName, problems: [.init(line: 1, message: "header is not valid UTF-8")])
            }
            header = (0..<record.fieldCount).map { record.text($0).trimmingWhitespace() }
        }
        self.header = header
        self.line = reader.line
    }

    private init(file: ChunkedFile, header: [String]) {
        self.file = file
        self.header = header
    }

    mutating func next(_ record: inout RawRecord) -> ReadResult {
        while !finished {
            switch scan(&record) {
            case .record(let next, let lines):
                file.position = next
                line += lines
                if record.fieldCount == 1 && record.bytes.isEmpty { continue }  // blank line
                return .record
            case .needMore:
                if file.end - file.position >= ChunkedFile.recordLimit {
                    finished = true
                    return .problem(.init(line: record.line, message:
                        "a record runs past \(ChunkedFile.recordLimit >> 20) MiB, probably from a quote never closed; reading stopped here"))
                }
                if !file.refill() { finished = true }
            case .unterminated:
                finished = true
                return .problem(.init(line: record.line, message: "unterminated quoted field"))
            case .badQuote(let next, let lines):
                file.position = next
                line += lines
                return .problem(.init(line: record.line, message: "unexpected character after a closing quote"))
            case .end:
                finished = true
            }
        }
        return .end
    }

    private enum Scan {
        case record(next: Int, lines: Int)
        case badQuote(next: Int, lines: Int)
        case needMore
        case unterminated
        case end
    }

    /// Scans one record starting at the file position without consuming it.
    private func scan(_ record: inout RawRecord) -> Scan {
        record.reset(line: line)
        let buffer = file.buffer
        let end = file.end
        let eof = file.atEOF
        var i = file.position
        if i == end { return eof ? .end : .needMore }
        var lines = 0
        var high: UInt8 = 0
        while true {
            // One field.
            if i < end && buffer[i] == UInt8(ascii: "\"") {
                i += 1
                while true {
                    if i == end { return eof ? .unterminated : .needMore }
                    let c = buffer[i]
                    if c == UInt8(ascii: "\"") {
                        if i + 1 == end && !eof { return .needMore }
                        if i + 1 < end && buffer[i + 1] == UInt8(ascii: "\"") {
                            record.bytes.append(c)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    if c == UInt8(ascii: "\n") { lines += 1 }
                    high |= c
                    record.bytes.append(c)
                    i += 1
                }
                record.ends.append(record.bytes.count)
                if i == end {
                    if !eof { return .needMore }
                    record.hasNonASCII = high >= 0x80
                    return .record(next: i, lines: lines + 1)
                }
                let c = buffer[i]
                if c == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if c == UInt8(ascii: "\n") || (c == UInt8(ascii: "\r") && i + 1 < end && buffer[i + 1] == UInt8(ascii: "\n")) {
                    i += c == UInt8(ascii: "\n") ? 1 : 2
                    record.hasNonASCII = high >= 0x80
                    return .record(next: i, lines: lines + 1)
                }
                if c == UInt8(ascii: "\r") && i + 1 == end && !eof { return .needMore }
                // Skip the rest of the physical line.
                while i < end && buffer[i] != UInt8(ascii: "\n") { i += 1 }
                if i == end && !eof { return .needMore }
                return .badQuote(next: min(i + 1, end), lines: lines + 1)
            }
            // Unquoted field: up to a comma or a line end.
            let start = i
            while i < end {
                let c = buffer[i]
                if c == UInt8(ascii: ",") || c == UInt8(ascii: "\n") { break }
                high |= c
                i += 1
            }
            if i == end && !eof { return .needMore }
            var fieldEnd = i
            let atLineEnd = i == end || buffer[i] == UInt8(ascii: "\n")
            if atLineEnd && fieldEnd > start && buffer[fieldEnd - 1] == UInt8(ascii: "\r") { fieldEnd -= 1 }
            record.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: fieldEnd - start))
            record.ends.append(record.bytes.count)
            if atLineEnd {
                record.hasNonASCII = high >= 0x80
                return .record(next: i == end ? i : i + 1, lines: lines + 1)
            }
            i += 1  // past the comma
        }
    }
}
