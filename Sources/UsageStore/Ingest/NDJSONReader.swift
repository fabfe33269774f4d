import Foundation

/// A streaming NDJSON reader: one JSON object per line; blank lines are skipped.
///
/// Its columns are the canonical columns it was asked for plus, when `keepsOtherKeys`,
/// the other keys of the first object. Values become text: strings as they are, numbers
/// and booleans in JSON form, null as empty.
struct NDJSONReader: RecordReader {
    private(set) var header: [String]
    var bytesRead: Int { file.consumed }
    private let file: ChunkedFile
    private let keepsOtherKeys: Bool
    private var index: [String: Int]
    private var line = 0
    private var pending: (line: Int, object: [String: JSONScalar])?

    init(path: String, displayName: String, columns: [String], keepsOtherKeys: Bool) throws(IngestError) {
        file = try ChunkedFile(path: path)
        header = columns
        self.keepsOtherKeys = keepsOtherKeys
        index = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        // Read the first object now: it names the extra columns and proves the file is not empty.
        while true {
            guard let next = nextLine() else {
                throw IngestError(file: displayName, problems: [.init(line: nil, message: "empty file (no JSON object)")])
            }
            guard case .bytes(let bytes) = next else {
                throw IngestError(file: displayName, problems: [Self.tooLong(line)])
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            switch Self.object(bytes, line: line) {
            case .failure(let problem): throw IngestError(file: displayName, problems: [problem])
            case .success(let object):
                if keepsOtherKeys {
                    for key in object.keys.sorted() where index[key] == nil {
                        index[key] = header.count
                        header.append(key)
                    }
                }
                pending = (line, object)
                return
            }
        }
    }

    mutating func next(_ record: inout RawRecord) -> ReadResult {
        if let (line, object) = pending {
            pending = nil
            return fill(&record, line: line, object: object)
        }
        while let next = nextLine() {
            guard case .bytes(let bytes) = next else { return .problem(Self.tooLong(line)) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            switch Self.object(bytes, line: line) {
            case .failure(let problem): return .problem(problem)
            case .success(let object): return fill(&record, line: line, object: object)
            }
        }
        return .end
    }

    private func fill(_ record: inout RawRecord, line: Int, object: [String: JSONScalar]) -> ReadResult {
        record.reset(line: line)
        var values = [String](repeating: "", count: header.count)
        for (key, value) in object {
            guard let column = index[key] else {
                if keepsOtherKeys {
                    return .problem(.init(line: line, message: "key \"\(key)\" is not in the first line's object"))
                }
                continue
            }
            switch value {
            case .text(let text): values[column] = text
            case .null: break
            case .nested:
                return .problem(.init(line: line, message: "key \"\(key)\" holds a list or an object, not a value"))
            case .outOfRange:
                return .problem(.init(line: line, message: "key \"\(key)\" holds a number out of range"))
            }
        }
        for value in values {
            record.bytes.append(contentsOf: value.utf8)
            record.ends.append(record.bytes.count)
        }
        return .record
    }

    private enum Line {
        case bytes([UInt8])
        /// Longer than ``ChunkedFile/recordLimit``: skipped without being held in memory.
        case tooLong
    }

    private static func tooLong(_ line: Int) -> IngestProblem {
        .init(line: line, message: "line longer than \(ChunkedFile.recordLimit >> 20) MiB; skipped")
    }

    /// The next physical line's bytes, without its line end. A line too long to hold is read past, not kept.
    private mutating func nextLine() -> Line? {
        var skipping = false
        while true {
            let start = file.position
            var i = start
            while i < file.end && file.buffer[i] != UInt8(ascii: "\n") { i += 1 }
            if i < file.end || (file.atEOF && (i > start || skipping)) {
                line += 1
                let bytes = Array(UnsafeBufferPointer(start: file.buffer + start, count: i - start))
                file.position = min(i + 1, file.end)
                return skipping ? .tooLong : .bytes(bytes)
            }
            if i - start >= ChunkedFile.recordLimit || (skipping && i > start) {
                skipping = true
                file.position = i
            }
            if !file.refill() { return skipping ? .tooLong : nil }
        }
    }

    private static func object(_ bytes: [UInt8], line: Int) -> Result<[String: JSONScalar], IngestProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(.init(line: line, message: "not valid UTF-8"))
        }
        guard let object = try? JSONDecoder().decode([String: JSONScalar].self, from: Data(bytes)) else {
            return .failure(.init(line: line, message: "not a JSON object"))
        }
        return .success(object)
    }
}

/// One JSON value of an NDJSON object, as the text a CSV field would hold.
enum JSONScalar: Decodable {
    case text(String)
    case null
    case nested
    /// A number too large for a Double.
    case outOfRange

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .text(flag ? "true" : "false")
        } else if let number = try? container.decode(Int64.self) {
            self = .text(String(number))
        } else if let number = try? container.decode(Double.self) {
            self = .text(String(number))
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if (try? decoder.container(keyedBy: AnyKey.self)) != nil || (try? decoder.unkeyedContainer()) != nil {
            self = .nested
        } else {
            self = .outOfRange
        }
    }
}
