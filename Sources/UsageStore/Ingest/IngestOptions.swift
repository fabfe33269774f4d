public import Foundation

/// How to read and load one file.
public struct IngestOptions: Sendable {
    /// File format; nil guesses from the extension (`.ndjson`, `.jsonl`, `.json` → NDJSON, otherwise CSV).
    /// A mapping with a preset reads NDJSON unless told otherwise.
    public var format: InputFormat?
    /// Canonical → file column names.
    public var mapping: ColumnMapping
    /// Load the good rows and record the bad ones, instead of refusing the file.
    public var skipBad: Bool
    /// Reload a file whose SHA-256 is already recorded, replacing what it loaded.
    public var replace: Bool
    /// The current time, for the "more than a day in the future" check.
    public var now: Date

    public init(format: InputFormat? = nil, mapping: ColumnMapping = .init(), skipBad: Bool = false,
                replace: Bool = false, now: Date = Date()) {
        self.format = format ?? (mapping.preset == nil ? nil : .ndjson)
        self.mapping = mapping
        self.skipBad = skipBad
        self.replace = replace
        self.now = now
    }
}

/// An input file format.
public enum InputFormat: String, CaseIterable, Sendable {
    case csv, ndjson

    /// The format a file name suggests.
    static func guess(_ url: URL) -> InputFormat {
        ["ndjson", "jsonl", "json"].contains(url.pathExtension.lowercased()) ? .ndjson : .csv
    }
}

/// Where a load stands, reported from the reading thread a few times a second at most.
public struct IngestProgress: Sendable {
    public var file: String
    public var bytesRead: Int
    public var totalBytes: Int
    public var rows: Int
}

/// What one file's load did.
public struct IngestReport: Sendable {
    public var file: String
    public var kind: InputKind
    /// The dataset recorded, or the one already holding this file when skipped.
    public var dataset: Int64
    public var rowsLoaded: Int
    public var rowsRejected: Int
    /// Problems with the rejected rows (first 20), when `--skip-bad` let the file load.
    public var problems: [IngestProblem]
    public var seconds: Double
    /// True when the file was already loaded and left alone.
    public var skipped: Bool
    public var sha256: String

    /// One line: `events.csv: 1,000 rows loaded, 0 rejected in 0.8 s (1,250,000 rows/s)`.
    public var summary: String {
        if skipped {
            return "\(file): already loaded as dataset \(dataset) (same SHA-256); skipped (use --replace to reload it)"
        }
        let rate = seconds > 0 ? Int(Double(rowsLoaded + rowsRejected) / seconds) : 0
        return "\(file): \(rowsLoaded.formatted()) rows loaded, \(rowsRejected.formatted()) rejected in "
            + String(format: "%.2f s", seconds) + " (\(rate.formatted()) rows/s)"
    }
}
