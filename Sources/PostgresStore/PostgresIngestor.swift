public import Foundation
import PostgresNIO
public import UsageStore

/// Loads input files into a PostgreSQL store with the SQLite ingest's contract: the same readers, checks and
/// pseudonymization, one transaction per file, `file:line` problems and nothing loaded from a refused file,
/// deduplication by kind and SHA-256, `--replace`, `--skip-bad`, provenance in `datasets`.
///
/// Events stream to the server through `COPY … FROM STDIN` while the file is still being read.
public struct PostgresIngestor: Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) { self.store = store }

    /// Loads `url` as `kind`. Throws ``IngestError`` (and changes nothing) when the file is refused.
    public func ingest(
        _ url: URL, as kind: InputKind, options: IngestOptions = .init(),
        progress: (@Sendable (IngestProgress) -> Void)? = nil
    ) throws -> IngestReport {
        let started = Date()
        let name = try DecodedFileStream.displayName(url)
        let sha256 = try DecodedFileStream.sha256(of: url)
        let existing = try store.withConnection { connection in
            try await connection.rows("SELECT id FROM datasets WHERE sha256 = \(sha256) AND kind = \(kind.rawValue)").first?.decode(Int64.self)
        }
        if let existing, !options.replace {
            return IngestReport(loaded: name, kind: kind, dataset: existing, rowsLoaded: 0, rowsRejected: 0, problems: [], seconds: 0,
                                skipped: true, sha256: sha256)
        }
        let pseudonymizer = try store.pseudonymizer()
        let (dataset, summary) = try store.transaction { connection in
            // One load at a time: identities get their ids from what is stored, as in SQLite's write transaction.
            try await connection.query("LOCK TABLE datasets IN SHARE ROW EXCLUSIVE MODE", logger: PostgresStore.logger)
            let replacing = try await connection.rows(
                "SELECT id FROM datasets WHERE sha256 = \(sha256) AND kind = \(kind.rawValue)").first?.decode(Int64.self)
            let identifierColumns = Set(try await connection.rows("SELECT name FROM identifierColumns").map { try $0.decode(String.self) })
            var identities = StoredIdentities()
            identities.accounts = try await Self.names(connection, "SELECT pseudonym, id FROM accounts")
            identities.users = try await Self.names(connection, "SELECT pseudonym, id FROM users")
            identities.features = try await Self.names(connection, "SELECT name, id FROM features")
            let stream = try DecodedFileStream(url: url, kind: kind, options: options, identifierColumns: identifierColumns,
                                               identities: identities, pseudonymizer: pseudonymizer, progress: progress)
            identities = StoredIdentities()
            if let replacing { try await Self.delete(dataset: replacing, connection) }
            let dataset = try await connection.rows("""
                INSERT INTO datasets(name, sha256, kind, format, rowsLoaded, rowsRejected, mapping, loadedAt)
                VALUES (\(name), \(sha256), \(kind.rawValue), \(stream.format.rawValue), 0, 0, \(options.mapping.description), \(Date()))
                RETURNING id
                """).first!.decode(Int64.self)
            for column in stream.identifierSources {
                try await connection.query("INSERT INTO identifierColumns(name) VALUES (\(column)) ON CONFLICT DO NOTHING",
                                           logger: PostgresStore.logger)
            }
            var rows = Rows()
            stream.start()
            do {
                if kind == .events {
                    // Events go in segments of COPY statements, each followed by the identities its rows met first: the
                    // server inserts them while the reader goes on, and they are never all held at once.
                    var ended = false
                    while !ended {
                        try await connection.copyBinary(table: "events", columns: CopyBinary.eventColumns) { writer in
                            for _ in 0..<Self.segmentBatches {
                                guard let batch = stream.next() else {
                                    ended = true
                                    return
                                }
                                rows.collectIdentities(batch)
                                var buffer = ByteBuffer()
                                CopyBinary.appendEvents(batch, dataset: dataset, into: &buffer)
                                try await writer.write(buffer)
                            }
                        }
                        try await rows.writeIdentities(connection)
                    }
                } else {
                    while let batch = stream.next() { rows.collect(batch) }
                }
            } catch {
                stream.cancel()
                throw error
            }
            let summary = stream.finish()
            if let refusal = stream.refusal(summary) { throw refusal }
            try await rows.write(connection, dataset: dataset)
            try await connection.query("""
                INSERT INTO rejectedRows(dataset, line, reason)
                SELECT \(dataset), * FROM unnest(\(summary.rejected.map { Int64($0.0) })::bigint[], \(summary.rejected.map(\.1))::text[])
                """, logger: PostgresStore.logger)
            try await connection.query("""
                UPDATE datasets SET rowsLoaded = \(Int64(summary.rows)), rowsRejected = \(Int64(summary.totalProblems)) WHERE id = \(dataset)
                """, logger: PostgresStore.logger)
            return (dataset, summary)
        }
        return IngestReport(loaded: name, kind: kind, dataset: dataset, rowsLoaded: summary.rows, rowsRejected: summary.totalProblems,
                            problems: summary.problems, seconds: Date().timeIntervalSince(started), skipped: false, sha256: sha256)
    }

    /// Batches of events in one COPY statement (about half a million rows).
    static let segmentBatches = 64

    private static func names(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> [(name: String, id: Int64)] {
        var names: [(name: String, id: Int64)] = []
        for try await (name, id) in try await connection.query(query, logger: PostgresStore.logger).decode((String, Int64).self) {
            names.append((name, id))
        }
        return names
    }

    /// Removes a dataset and every row it loaded.
    static func delete(dataset: Int64, _ connection: PostgresConnection) async throws {
        for table in ["events", "accountProfiles", "accountAttributes", "accountFeatures", "outcomes", "rejectedRows"] {
            try await connection.query(PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE dataset = $1", binds: binds(dataset)),
                                       logger: PostgresStore.logger)
        }
        try await connection.query("DELETE FROM datasets WHERE id = \(dataset)", logger: PostgresStore.logger)
    }

    private static func binds(_ value: Int64) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(value)
        return binds
    }
}

/// New identities as COPY text, in blocks of about a megabyte: 30 bytes or so for each, held until they are written.
private struct IdentityRows {
    private(set) var blocks: [ByteBuffer] = []
    private var text = CopyText()
    private(set) var count = 0
    private var pending = 0

    mutating func append(_ rows: [(Int64, String)]) {
        for (id, name) in rows {
            text.appendIdentity(id, name)
            pending += 1
            if pending == 32_768 { seal() }
        }
        count += rows.count
    }

    /// Every block, the last one included.
    mutating func sealed() -> [ByteBuffer] {
        seal()
        return blocks
    }

    private mutating func seal() {
        guard pending > 0 else { return }
        blocks.append(text.take())
        text = CopyText()
        pending = 0
    }
}

/// The rows of a file other than events, and the new identities, gathered until the file is known to be good.
private struct Rows {
    var accounts = IdentityRows()
    var users = IdentityRows()
    var features = IdentityRows()
    /// Latest row per key, as SQLite's INSERT OR REPLACE keeps it.
    var profiles: [Int64: DecodedProfile] = [:]
    var attributes: [String: (account: Int64, name: String, value: String)] = [:]
    var supplied: [String: (account: Int64, name: String, value: Double)] = [:]
    var outcomes: [DecodedOutcome] = []

    mutating func collectIdentities(_ batch: DecodedBatch) {
        accounts.append(batch.newAccounts)
        users.append(batch.newUsers)
        features.append(batch.newFeatures)
    }

    mutating func collect(_ batch: DecodedBatch) {
        collectIdentities(batch)
        for profile in batch.profiles { profiles[profile.account] = profile }
        for row in batch.attributes { attributes["\(row.account)\u{0}\(row.name)"] = row }
        for row in batch.features { supplied["\(row.account)\u{0}\(row.name)"] = row }
        outcomes += batch.outcomes
    }

    /// Writes the new identities gathered so far, and forgets them.
    mutating func writeIdentities(_ connection: PostgresConnection) async throws {
        for (table, column, blocks) in [("accounts", "pseudonym", accounts.sealed()), ("users", "pseudonym", users.sealed()),
                                        ("features", "name", features.sealed())]
        where !blocks.isEmpty {
            try await connection.copyFrom(table: table, columns: ["id", column], logger: PostgresStore.logger) { writer in
                for block in blocks { try await writer.write(block) }
            }
        }
        (accounts, users, features) = (IdentityRows(), IdentityRows(), IdentityRows())
    }

    mutating func write(_ connection: PostgresConnection, dataset: Int64) async throws {
        try await writeIdentities(connection)
        let logger = PostgresStore.logger
        // Profiles and outcomes have nullable columns: one statement per row (accounts files are small).
        for row in profiles.values.sorted(by: { $0.account < $1.account }) {
            try await connection.query("""
                INSERT INTO accountProfiles(account, dataset, industry, size, region, plan, seats, started, renewed)
                VALUES (\(row.account), \(dataset), \(row.industry), \(row.size), \(row.region), \(row.plan), \(row.seats),
                        \(row.started), \(row.renewed))
                ON CONFLICT (account) DO UPDATE SET dataset = excluded.dataset, industry = excluded.industry, size = excluded.size,
                    region = excluded.region, plan = excluded.plan, seats = excluded.seats, started = excluded.started,
                    renewed = excluded.renewed
                """, logger: logger)
        }
        if !attributes.isEmpty {
            let rows = Array(attributes.values)
            try await connection.query("""
                INSERT INTO accountAttributes(account, name, value, dataset)
                SELECT a, n, v, \(dataset) FROM unnest(\(rows.map(\.account))::bigint[], \(rows.map(\.name))::text[], \(rows.map(\.value))::text[]) AS x(a, n, v)
                ON CONFLICT (account, name) DO UPDATE SET value = excluded.value, dataset = excluded.dataset
                """, logger: logger)
        }
        if !supplied.isEmpty {
            let rows = Array(supplied.values)
            try await connection.query("""
                INSERT INTO accountFeatures(account, name, value, dataset)
                SELECT a, n, v, \(dataset) FROM unnest(\(rows.map(\.account))::bigint[], \(rows.map(\.name))::text[], \(rows.map(\.value))::float8[]) AS x(a, n, v)
                ON CONFLICT (account, name) DO UPDATE SET value = excluded.value, dataset = excluded.dataset
                """, logger: logger)
        }
        for row in outcomes {
            try await connection.query("""
                INSERT INTO outcomes(account, metric, before, after, unit, measured, dataset)
                VALUES (\(row.account), \(row.metric), \(row.before), \(row.after), \(row.unit), \(row.measured), \(dataset))
                """, logger: logger)
        }
    }
}

/// Rows in COPY's text format: tab-separated, `\N` for NULL, backslash escapes.
struct CopyText {
    private var bytes: [UInt8] = []

    mutating func take() -> ByteBuffer {
        defer { bytes.removeAll(keepingCapacity: true) }
        return ByteBuffer(bytes: bytes)
    }

    mutating func appendIdentity(_ id: Int64, _ name: String) {
        integer(id)
        tab()
        escaped(name)
        bytes.append(0x0A)
    }

    /// Whether nothing is waiting to be taken.
    var isEmpty: Bool { bytes.isEmpty }

    /// A row of nullable fields (text, whole numbers, doubles, booleans).
    mutating func appendRow(_ fields: [CopyField]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { tab() }
            switch field {
            case .text(let text?): escaped(text)
            case .integer(let value?): integer(value)
            case .double(let value?): number(value)
            case .boolean(let value?): bytes.append(value ? 0x74 : 0x66)
            case .text(nil), .integer(nil), .double(nil), .boolean(nil): null()
            }
        }
        bytes.append(0x0A)
    }

    /// Text with COPY's escapes for backslash, tab, line feed and carriage return.
    private mutating func escaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            default: bytes.append(byte)
            }
        }
    }

    @inline(__always) private mutating func tab() { bytes.append(0x09) }

    /// One field of ``appendRow(_:)``.
    enum CopyField {
        case text(String?)
        case integer(Int64?)
        case double(Double?)
        case boolean(Bool?)
    }
    @inline(__always) private mutating func null() { bytes += [0x5C, 0x4E] }

    @inline(__always) private mutating func integer(_ value: Int64) {
        if value < 0 {
            bytes.append(0x2D)
            if value == .min { bytes += Array("9223372036854775808".utf8); return }
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// A number as written by Swift (shortest text that reads back to the same double); whole ones as integers.
    @inline(__always) private mutating func number(_ value: Double) {
        if value.isNaN {
            null()
        } else if value == value.rounded(.towardZero) && abs(value) < 9e15 {
            integer(Int64(value))
        } else {
            bytes += Array(value.description.utf8)
        }
    }
}
