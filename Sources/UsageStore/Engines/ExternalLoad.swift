package import Foundation
import GRDB

// The shared ingest pieces, for a store on another engine (PostgreSQL): the same readers, column plan, row
// checks and pseudonymization as the SQLite ingest, handing decoded batches to that engine's writer.

/// The names a store already holds, row id by stored name, so that a load gives known names their ids.
package struct StoredIdentities: Sendable {
    package var accounts: [(name: String, id: Int64)] = []
    package var users: [(name: String, id: Int64)] = []
    package var features: [(name: String, id: Int64)] = []

    package init() {}
}

/// One account's profile row, as decoded.
package struct DecodedProfile: Sendable {
    package var account: Int64
    package var industry, size, region, plan: String?
    package var seats: Int64?
    package var started: Int64?
    package var renewed: Bool?
}

/// One outcome row, as decoded.
package struct DecodedOutcome: Sendable {
    package var account: Int64
    package var metric: String
    package var before, after: Double?
    package var unit: String?
    package var measured: Int64?
}

/// A block of decoded rows: new identities first (with their final ids), then the rows that use them.
package struct DecodedBatch: Sendable {
    fileprivate let batch: IngestBatch
    package let newAccounts: [(Int64, String)]
    package let newUsers: [(Int64, String)]
    package let newFeatures: [(Int64, String)]

    /// Event columns; NaN (or a user id of 0) stands for a missing value.
    package var eventAccount: [Int64] { batch.events.account }
    package var eventUser: [Int64] { batch.events.user }
    package var eventTime: [Int64] { batch.events.time }
    package var eventFeature: [Int64] { batch.events.feature }
    package var eventCount: [Double] { batch.events.count }
    package var eventDuration: [Double] { batch.events.duration }
    package var eventValue: [Double] { batch.events.value }
    package var profiles: [DecodedProfile] {
        batch.profiles.map {
            DecodedProfile(account: $0.account, industry: $0.industry, size: $0.size, region: $0.region, plan: $0.plan,
                           seats: $0.seats, started: $0.started, renewed: $0.renewed)
        }
    }
    package var attributes: [(account: Int64, name: String, value: String)] { batch.attributes.map { ($0.account, $0.name, $0.value) } }
    package var outcomes: [DecodedOutcome] {
        batch.outcomes.map {
            DecodedOutcome(account: $0.account, metric: $0.metric, before: $0.before, after: $0.after, unit: $0.unit, measured: $0.measured)
        }
    }
    package var features: [(account: Int64, name: String, value: Double)] { batch.features.map { ($0.account, $0.name, Double($0.value)!) } }
}

/// What reading a whole file found.
package struct DecodedSummary: Sendable {
    package var rows: Int
    package var problems: [IngestProblem]
    package var totalProblems: Int
    /// Rejected rows (line, reason), kept with `--skip-bad`.
    package var rejected: [(Int, String)]
}

/// A file read, checked, pseudonymized and decoded on its own thread, batch by batch, for a writer on another
/// engine. The contract is the SQLite ingest's: header problems throw ``IngestError`` before any row is read;
/// bad rows refuse the file (see ``refusal(_:)``) unless `skipBad`.
package final class DecodedFileStream: @unchecked Sendable {
    package let name: String
    package let format: InputFormat
    /// The file's names of the columns that fed `account` or `user`, lowercased: never stored as text afterwards.
    package let identifierSources: [String]
    private let parser: ParserThread
    private let skipBad: Bool
    private var names: NameResolver

    /// The file's name as messages give it, and refuses a folder.
    package static func displayName(_ url: URL) throws -> String {
        let name = url.lastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw IngestError(file: name, problems: [.init(line: nil, message: "is a folder; give the files inside it")])
        }
        return name
    }

    /// Hex SHA-256 of the file's bytes.
    package static func sha256(of url: URL) throws -> String { try Ingestor.sha256(of: url, name: url.lastPathComponent) }

    /// Opens `url` and plans its columns; nothing is read past the header until ``start()``.
    package init(url: URL, kind: InputKind, options: IngestOptions, identifierColumns: Set<String>, identities: StoredIdentities,
                 pseudonymizer: Pseudonymizer, progress: (@Sendable (IngestProgress) -> Void)?) throws {
        let name = try Self.displayName(url)
        self.name = name
        let format = options.format ?? InputFormat.guess(url)
        self.format = format
        let reader: any RecordReader = switch format {
        case .csv: try CSVReader(path: url.path, displayName: name)
        case .ndjson:
            try NDJSONReader(path: url.path, displayName: name, columns: kind.canonicalColumns.map(options.mapping.sourceName(for:)),
                             keepsOtherKeys: kind.keepsOtherColumns)
        }
        let plan = try ColumnPlan(header: reader.header, kind: kind, mapping: options.mapping, file: name,
                                  identifierColumns: identifierColumns)
        identifierSources = plan.identifierSources
        names = NameResolver(identities)
        let decoder = RowDecoder(kind: kind, plan: plan, pseudonymizer: pseudonymizer, now: Int64(options.now.timeIntervalSince1970))
        let totalBytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        skipBad = options.skipBad
        parser = ParserThread(reader: reader, decoder: decoder, skipBad: options.skipBad) { bytes, rows in
            progress?(IngestProgress(file: name, bytesRead: bytes, totalBytes: totalBytes, rows: rows))
        }
    }

    /// Starts reading on the parser thread.
    package func start() { parser.start() }

    /// The next decoded batch, waiting for it; nil at the end of the file (or once it is refused).
    package func next() -> DecodedBatch? {
        guard var batch = parser.channel.receive() else { return nil }
        let decoded = names.resolve(&batch)
        parser.resolutions.post(decoded.resolution)
        return DecodedBatch(batch: batch, newAccounts: decoded.accounts, newUsers: decoded.users, newFeatures: decoded.features)
    }

    /// The writer has given up: stops the reader.
    package func cancel() {
        parser.channel.cancel()
        parser.wait()
    }

    /// Waits for the reader and says what it found.
    package func finish() -> DecodedSummary {
        let outcome = parser.wait()
        return DecodedSummary(rows: outcome.rows, problems: outcome.problems, totalProblems: outcome.totalProblems,
                              rejected: outcome.rejected)
    }

    /// The error that refuses the file, when it has bad rows and `skipBad` was not given.
    package func refusal(_ summary: DecodedSummary) -> IngestError? {
        summary.totalProblems > 0 && !skipBad ? IngestError(file: name, problems: summary.problems, total: summary.totalProblems) : nil
    }
}

/// Gives pending names their ids for a writer on another engine: the stored id of a name the store holds, or the
/// next id for a new one. Every name of the load stays in memory until it ends (the SQLite ingest resolves through
/// the store's index instead): a pseudonym by the 64 bits its hex digits spell (16 bytes a name), other names by
/// their text.
private struct NameResolver {
    private struct Table {
        /// Pseudonyms by their bits.
        var keyed: [UInt64: Int64] = [:]
        /// Names that are not pseudonyms (event names).
        var named: [String: Int64] = [:]
        var next: Int64

        init(_ rows: [(name: String, id: Int64)]) {
            keyed.reserveCapacity(rows.count)
            for (name, id) in rows {
                if let key = Self.key(name) {
                    if keyed[key] == nil { keyed[key] = id }
                } else if named[name] == nil {
                    named[name] = id
                }
            }
            next = (rows.map(\.id).max() ?? 0) + 1
        }

        /// The ids of `names`, and the names that are new with their ids.
        mutating func resolve(_ names: [String], new: inout [(Int64, String)]) -> [Int64] {
            names.map { name in
                let key = Self.key(name)
                if let key, let id = keyed[key] { return id }
                if key == nil, let id = named[name] { return id }
                let id = next
                next += 1
                if let key { keyed[key] = id } else { named[name] = id }
                new.append((id, name))
                return id
            }
        }

        /// The bits of a pseudonym (`acc-` or `usr-` and 16 lowercase hex digits); nil for any other name.
        static func key(_ name: String) -> UInt64? {
            var name = name
            return name.withUTF8 { bytes -> UInt64? in
                guard bytes.count == 20, bytes[3] == UInt8(ascii: "-") else { return nil }
                let prefix = (bytes[0], bytes[1], bytes[2])
                guard prefix == (0x61, 0x63, 0x63) || prefix == (0x75, 0x73, 0x72) else { return nil }
                var key: UInt64 = 0
                for byte in bytes[4...] {
                    let digit: UInt8
                    switch byte {
                    case 0x30...0x39: digit = byte - 0x30
                    case 0x61...0x66: digit = byte - 0x61 + 10
                    default: return nil
                    }
                    key = key << 4 | UInt64(digit)
                }
                return key
            }
        }
    }

    private var accounts: Table
    private var users: Table
    private var features: Table
    /// Resolutions of batches the reader has not yet taken in, oldest first.
    private var unsettled: [Resolution] = []

    init(_ identities: StoredIdentities) {
        accounts = Table(identities.accounts)
        users = Table(identities.users)
        features = Table(identities.features)
    }

    /// Resolves a batch's pending names and rewrites its rows with final ids.
    mutating func resolve(_ batch: inout IngestBatch)
        -> (resolution: Resolution, accounts: [(Int64, String)], users: [(Int64, String)], features: [(Int64, String)]) {
        unsettled.removeAll { $0.batch <= batch.settled }
        var resolution = Resolution(batch: batch.number)
        var new: (accounts: [(Int64, String)], users: [(Int64, String)], features: [(Int64, String)]) = ([], [], [])
        resolution.accounts = accounts.resolve(batch.newAccounts, new: &new.accounts)
        resolution.users = users.resolve(batch.newUsers, new: &new.users)
        resolution.features = features.resolve(batch.newFeatures, new: &new.features)
        unsettled.append(resolution)
        let final = Final(unsettled: unsettled)
        let account = { (id: Int64) in final(id, \.accounts) }
        batch.events.account = batch.events.account.map(account)
        batch.events.user = batch.events.user.map { final($0, \.users) }
        batch.events.feature = batch.events.feature.map { final($0, \.features) }
        for i in batch.profiles.indices { batch.profiles[i].account = account(batch.profiles[i].account) }
        for i in batch.attributes.indices { batch.attributes[i].account = account(batch.attributes[i].account) }
        for i in batch.features.indices { batch.features[i].account = account(batch.features[i].account) }
        for i in batch.outcomes.indices { batch.outcomes[i].account = account(batch.outcomes[i].account) }
        return (resolution, new.accounts, new.users, new.features)
    }

    /// The final id of an id from the reader: itself, or what a pending id was resolved to.
    private struct Final {
        let unsettled: [Resolution]

        func callAsFunction(_ id: Int64, _ kind: KeyPath<Resolution, [Int64]>) -> Int64 {
            guard id < 0 else { return id }
            let (batch, index) = PendingID.parts(id)
            return unsettled.last(where: { $0.batch == batch })![keyPath: kind][index]
        }
    }
}

extension Store {
    /// The newest schema migration this Conteur knows, for stores on other engines to name theirs alike.
    package static var knownMigrations: [String] { StoreSchema.migrator.migrations }
}

// Records that stores on other engines build: their memberwise initializers, for the package.

extension Pseudonymizer {
    /// The pseudonym of a raw account identifier as `lookup` finds it: trimmed, then pseudonymized.
    package func accountPseudonym(lookingUp raw: String) -> String { pseudonym(raw.trimmingWhitespace(), .account) }
}

extension DatasetRecord {
    package init(dataset id: Int64, name: String, sha256: String, kind: String, format: String, rowsLoaded: Int, rowsRejected: Int,
                 mapping: String, loadedAt: Date) {
        self.id = id
        self.name = name
        self.sha256 = sha256
        self.kind = kind
        self.format = format
        self.rowsLoaded = rowsLoaded
        self.rowsRejected = rowsRejected
        self.mapping = mapping
        self.loadedAt = loadedAt
    }
}

extension StoreInfo {
    package init(store path: String, schemaVersion: String, rowCounts: [String: Int], datasets: [DatasetRecord]) {
        self.path = path
        self.schemaVersion = schemaVersion
        self.rowCounts = rowCounts
        self.datasets = datasets
    }
}

extension AccountSummary {
    package init(pseudonym: String, known: Bool) {
        self.pseudonym = pseudonym
        self.known = known
        events = 0
        attributes = []
        outcomes = 0
    }
}

extension RunRecord {
    package init(run id: Int64, createdAt: Date, parameters: String, seed: Int64, datasetHashes: String, k: Int, silhouette: Double,
                 timings: String, analysis: Data) {
        self.id = id
        self.createdAt = createdAt
        self.parameters = parameters
        self.seed = seed
        self.datasetHashes = datasetHashes
        self.k = k
        self.silhouette = silhouette
        self.timings = timings
        self.analysis = analysis
    }
}

extension NameOverride {
    package init(forRun run: Int64, archetype: Int, en: String, fr: String, members: Set<Int64>) {
        self.run = run
        self.archetype = archetype
        self.en = en
        self.fr = fr
        self.members = members
    }
}

extension IngestReport {
    package init(loaded file: String, kind: InputKind, dataset: Int64, rowsLoaded: Int, rowsRejected: Int, problems: [IngestProblem],
                 seconds: Double, skipped: Bool, sha256: String) {
        self.file = file
        self.kind = kind
        self.dataset = dataset
        self.rowsLoaded = rowsLoaded
        self.rowsRejected = rowsRejected
        self.problems = problems
        self.seconds = seconds
        self.skipped = skipped
        self.sha256 = sha256
    }
}
