import Foundation

/// A streaming NDJSON reader: one JSON object per line; blank lines are skipped.
///
/// Its columns are the canonical columns it was asked for, each named by a key path into the object (see
/// ``FieldPath``), plus, when `keepsOtherKeys`, the other top-level keys of the first object. Values become
/// text: strings as they are, numbers and booleans in JSON form, null as empty. With a ``Preset``, records that are
/// not usage are skipped, and a record without an account says which of the preset's fields was missing.
struct NDJSONReader: RecordReader {
    private(set) var header: [String]
    var bytesRead: Int { file.consumed }
    private let file: ChunkedFile
    private let keepsOtherKeys: Bool
    /// The path of each column, in header order.
    private var paths: [FieldPath]
    /// How many columns were asked for (the rest are other keys).
    private let requested: Int
    /// Top-level keys that some column reads (a record's other keys must be among them).
    private var knownKeys: Set<String>
    private let preset: Preset?
    private let rule: (path: FieldPath, rule: Preset.RecordRule)?
    private let decoder = JSONDecoder()
    private var line = 0
    private var pending: (line: Int, object: [String: JSONValue])?

    init(path: String, displayName: String, columns: [String], keepsOtherKeys: Bool, preset: Preset? = nil) throws(IngestError) {
        file = try ChunkedFile(path: path)
        header = columns
        requested = columns.count
        self.keepsOtherKeys = keepsOtherKeys
        self.preset = preset
        do {
            paths = try columns.map { (column) throws(FieldPathError) in try FieldPath(parsing: column) }
            if let preset { rule = (try FieldPath(parsing: preset.rule.path), preset.rule) } else { rule = nil }
        } catch {
            throw IngestError(file: displayName, problems: [.init(line: nil, message: error.message)])
        }
        let tree = KeyTree()
        for path in paths { tree.add(path) }
        if let rule { tree.add(rule.path) }
        tree.everyMember = keepsOtherKeys
        decoder.userInfo[JSONValue.keyTree] = tree
        knownKeys = Set(paths.flatMap { $0.alternatives.compactMap { if case .key(let key) = $0.steps.first { key } else { nil } } })
        // Read the first object now: it names the extra columns and proves the file is not empty.
        while true {
            guard let next = nextLine() else {
                throw IngestError(file: displayName, problems: [.init(line: nil, message: "empty file (no JSON object)")])
            }
            guard case .bytes(let bytes) = next else {
                throw IngestError(file: displayName, problems: [Self.tooLong(line)])
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            switch object(bytes, line: line) {
            case .failure(let problem): throw IngestError(file: displayName, problems: [problem])
            case .success(let object):
                if keepsOtherKeys {
                    for key in object.keys.sorted() where !knownKeys.contains(key) {
                        knownKeys.insert(key)
                        header.append(key)
                        paths.append(FieldPath(key: key))
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
            if let result = fill(&record, line: line, object: object) { return result }
        }
        while let next = nextLine() {
            guard case .bytes(let bytes) = next else { return .problem(Self.tooLong(line)) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            switch object(bytes, line: line) {
            case .failure(let problem): return .problem(problem)
            case .success(let object): if let result = fill(&record, line: line, object: object) { return result }
            }
        }
        return .end
    }

    /// Fills `record` from `object`; nil when the preset skips it.
    private func fill(_ record: inout RawRecord, line: Int, object: [String: JSONValue]) -> ReadResult? {
        record.reset(line: line)
        if let rule {
            switch (rule.rule, rule.path.value(in: object)) {
            case (.only(_, let wanted), .value(let value)): if value != wanted { return nil }
            case (.only(let path, let wanted), _):
                return .problem(.init(line: line, message:
                    "no \"\(path)\": the \(preset?.vendor.rawValue ?? "") preset reads \(wanted) records and cannot tell what this one is"))
            case (.except(_, let skipped), .value(let value)): if skipped.contains(value) { return nil }
            case (.except, _): break
            }
        }
        if keepsOtherKeys, let key = object.keys.first(where: { !knownKeys.contains($0) }) {
            return .problem(.init(line: line, message: "key \"\(key)\" is not in the first line's object"))
        }
        var values = [String](repeating: "", count: header.count)
        for (column, path) in paths.enumerated() {
            let lookup = path.value(in: object)
            if let preset, header[column] == preset.columns["account"], let problem = preset.accountProblem(lookup) {
                return .problem(.init(line: line, message: problem))
            }
            switch lookup {
            case .value(let value):
                values[column] = header[column] == preset?.millisecondsIn ? Self.seconds(value) : value
            case .absent: break
            case .object, .list, .choice:
                let message = column < requested ? lookup.problem ?? "" : "key \"\(header[column])\" holds a list or an object, not a value"
                return .problem(.init(line: line, message: message))
            case .outOfRange: return .problem(.init(line: line, message: lookup.problem ?? ""))
            }
        }
        for value in values {
            record.bytes.append(contentsOf: value.utf8)
            record.ends.append(record.bytes.count)
        }
        return .record
    }

    /// Unix milliseconds (from 1e11 up) as Unix seconds; anything else as it is.
    private static func seconds(_ value: String) -> String {
        guard let number = Double(value), number >= 1e11, number < 1e15 else { return value }
        return String(Int64(number / 1000))
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

    private func object(_ bytes: [UInt8], line: Int) -> Result<[String: JSONValue], IngestProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(.init(line: line, message: "not valid UTF-8"))
        }
        guard case .object(let object)? = try? decoder.decode(JSONValue.self, from: Data(bytes)) else {
            return .failure(.init(line: line, message: "not a JSON object"))
        }
        return .success(object)
    }
}
