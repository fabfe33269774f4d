/// A small CSV file read whole with the ingest reader: for side inputs such as a list of prospects.
public struct CSVTable: Sendable {
    public var header: [String]
    /// Each row with the line it starts on; fields by header name.
    public var rows: [(line: Int, fields: [String: String])]

    /// Reads `path`; a malformed row is an error naming the file and line.
    public init(path: String) throws(IngestError) {
        var reader = try CSVReader(path: path, displayName: path)
        header = reader.header
        rows = []
        var record = RawRecord()
        while true {
            switch reader.next(&record) {
            case .end: return
            case .problem(let problem): throw IngestError(file: path, problems: [problem])
            case .record:
                guard record.isValidUTF8 else { throw IngestError(file: path, problems: [.init(line: record.line, message: "not valid UTF-8")]) }
                var fields: [String: String] = [:]
                for (index, name) in header.enumerated() where index < record.fieldCount { fields[name] = record.text(index) }
                rows.append((record.line, fields))
            }
        }
    }
}
