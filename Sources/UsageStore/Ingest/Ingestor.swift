import Crypto
public import Foundation
import GRDB

/// Loads input files into the store: one transaction per file, identifiers pseudonymized,
/// a dataset record for provenance.
///
/// Reading and checking run on their own thread while this one writes, so the two cores
/// share the work.
public struct Ingestor: Sendable {
    public let store: Store

    public init(store: Store) { self.store = store }

    /// Loads `url` as `kind`. Throws ``IngestError`` (and changes nothing) when the file is refused.
    public func ingest(
        _ url: URL, as kind: InputKind, options: IngestOptions = .init(),
        progress: (@Sendable (IngestProgress) -> Void)? = nil
    ) throws -> IngestReport {
        let started = Date()
        let name = url.lastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw IngestError(file: name, problems: [.init(line: nil, message: "is a folder; give the files inside it")])
        }
        let sha256 = try Self.sha256(of: url, name: name)
        let (existing, identifierColumns) = try store.read { db in
            (try Int64.fetchOne(db, sql: "SELECT id FROM datasets WHERE sha256 = ? AND kind = ?", arguments: [sha256, kind.rawValue]),
             try Set(String.fetchAll(db, sql: "SELECT name FROM identifierColumns")))
        }
        if let existing, !options.replace {
            return IngestReport(file: name, kind: kind, dataset: existing, rowsLoaded: 0, rowsRejected: 0,
                                problems: [], seconds: 0, skipped: true, sha256: sha256)
        }
        let format = options.format ?? InputFormat.guess(url)
        let reader: any RecordReader = switch format {
        case .csv: try CSVReader(path: url.path, displayName: name)
        case .ndjson:
            try NDJSONReader(path: url.path, displayName: name, columns: kind.canonicalColumns.map(options.mapping.sourceName(for:)),
                             keepsOtherKeys: kind.keepsOtherColumns, preset: options.mapping.preset)
        }
        let totalBytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let load = FileLoad(
            name: name, sha256: sha256, kind: kind, format: format, options: options, replacing: existing, reader: reader,
            plan: try ColumnPlan(header: reader.header, kind: kind, mapping: options.mapping, file: name, identifierColumns: identifierColumns),
            pseudonymizer: try store.pseudonymizer()
        ) { bytes, rows in progress?(IngestProgress(file: name, bytesRead: bytes, totalBytes: totalBytes, rows: rows)) }
        let (dataset, outcome) = try inBulkTransaction(load.run)
        return IngestReport(file: name, kind: kind, dataset: dataset, rowsLoaded: outcome.rows,
                            rowsRejected: outcome.totalProblems, problems: outcome.problems,
                            seconds: Date().timeIntervalSince(started), skipped: false, sha256: sha256)
    }

    /// Runs `body` in one immediate transaction with foreign keys off: parents are written before their children
    /// by construction, so foreign keys are not re-checked row by row during the bulk insert (a third of its cost).
    private func inBulkTransaction<T>(_ body: (GRDB.Database) throws -> T) throws -> T {
        do {
            return try store.writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as IngestError {
            throw error
        } catch {
            throw StoreError.wrapping(error, path: store.path)
        }
    }

    /// Removes a dataset and every row it loaded.
    static func delete(dataset: Int64, _ db: GRDB.Database) throws {
        for table in ["events", "accountProfiles", "accountAttributes", "accountFeatures", "outcomes", "rejectedRows"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE dataset = ?", arguments: [dataset])
        }
        try db.execute(sql: "DELETE FROM datasets WHERE id = ?", arguments: [dataset])
    }

    /// Hex SHA-256 of a file's bytes, read in chunks.
    static func sha256(of url: URL, name: String) throws(IngestError) -> String {
        let file = try ChunkedFile(path: url.path)
        var hash = SHA256()
        while file.refill() || file.position < file.end {
            hash.update(bufferPointer: UnsafeRawBufferPointer(start: file.buffer + file.position, count: file.end - file.position))
            file.position = file.end
            if file.atEOF { break }
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// The reading side of an ingest: reads, checks and decodes records into batches.
///
/// Names the decoder does not hold go to the writer as pending; the ids the writer resolves come back through
/// ``resolutions`` and are taken in at the start of each batch.
final class ParserThread: @unchecked Sendable {
    struct Outcome {
        var rows = 0
        var problems: [IngestProblem] = []
        var totalProblems = 0
        var rejected: [(Int, String)] = []
    }

    let channel = BatchChannel()
    let resolutions = ResolutionQueue()
    private var reader: any RecordReader
    private var decoder: RowDecoder
    private let skipBad: Bool
    private let progress: (Int, Int) -> Void
    private let done = DispatchSemaphore(value: 0)
    private var outcome = Outcome()
    private var finished = false
    private var batches = 0
    /// The newest batch whose resolution the decoder has taken in.
    private var settled = -1

    init(reader: any RecordReader, decoder: RowDecoder, skipBad: Bool, progress: @escaping (Int, Int) -> Void) {
        self.reader = reader
        self.decoder = decoder
        self.skipBad = skipBad
        self.progress = progress
    }

    func start() {
        let thread = Thread { [self] in
            run()
            channel.close()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits for the thread (once) and returns what it found.
    @discardableResult
    func wait() -> Outcome {
        if !finished {
            done.wait()
            finished = true
        }
        return outcome
    }

    /// Names the decoder held when it finished (accounts, users, event names), and the bytes of its tables.
    /// Read after ``wait()``.
    private(set) var residents = (accounts: 0, users: 0, features: 0, bytes: 0)

    private func run() {
        var record = RawRecord()
        var batch = IngestBatch()
        begin(&batch)
        var lastProgress = DispatchTime.now().uptimeNanoseconds
        loop: while true {
            let message: String
            let line: Int
            switch reader.next(&record) {
            case .end: break loop
            case .problem(let problem):
                message = problem.message
                line = problem.line ?? record.line
            case .record:
                guard let problem = decoder.decode(record, into: &batch) else {
                    outcome.rows += 1
                    if batch.rows >= IngestBatch.capacity {
                        if !flush(&batch) { return }
                        let now = DispatchTime.now().uptimeNanoseconds
                        if now - lastProgress > 100_000_000 {
                            lastProgress = now
                            progress(reader.bytesRead, outcome.rows)
                        }
                    }
                    continue
                }
                message = problem
                line = record.line
            }
            outcome.totalProblems += 1
            if outcome.problems.count < IngestError.listedLimit {
                outcome.problems.append(IngestProblem(line: line, message: message))
            }
            if skipBad { outcome.rejected.append((line, message)) }
        }
        _ = flush(&batch)
        progress(reader.bytesRead, outcome.rows)
        let held = decoder.residents
        residents = (held.accounts, held.users, held.features, decoder.internerBytes)
        decoder.release()
    }

    /// Sends a batch unless the file is already refused, and starts the next; false when the writer has stopped.
    private func flush(_ batch: inout IngestBatch) -> Bool {
        decoder.finish(&batch)
        let sent: Bool
        if outcome.totalProblems > 0 && !skipBad {
            decoder.discard(batch: batch.number)
            sent = !channel.isCancelled
        } else {
            sent = channel.send(batch)
        }
        batch = IngestBatch()
        begin(&batch)
        return sent
    }

    /// Takes in the writer's resolutions so far and numbers the next batch.
    private func begin(_ batch: inout IngestBatch) {
        let resolved = resolutions.take()
        settled = resolved.last?.batch ?? settled
        decoder.begin(&batch, number: batches, resolved: resolved, settled: settled)
        batches += 1
    }
}
