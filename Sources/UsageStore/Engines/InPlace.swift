public import Archetypes
import Crypto
import Foundation

// Analysis in place: usage that stays in a warehouse table, aggregated there per account. Only per-account
// aggregates come back, pseudonymized on arrival with the store's key; the store keeps the accounts' pseudonyms,
// their profiles and outcomes, and the tables' provenance, never an event.

/// Usage aggregated where it lives, as an analysis in place brings it back: accounts by pseudonym only.
public protocol InPlaceSource {
    /// The span of the usable events (first day, day after the last), after checking the whole table against the
    /// input contract; nil when the table holds no rows.
    func eventSpan() throws -> (from: Int64, to: Int64)?
    /// Per-account aggregates over `[from, to)`, with profiles and outcomes, every account pseudonymized with
    /// `pseudonymizer` as it arrives.
    func extract(from: Int64, to: Int64, pseudonymizer: Pseudonymizer) throws -> UsageExtract
}

/// What an analysis in place brought back: per-account usage, profiles and outcomes, keyed by pseudonym.
public struct UsageExtract: Sendable {
    /// One outcome row of an outcomes table.
    public struct Outcome: Sendable {
        public var pseudonym: String
        public var metric: String
        public var before, after: Double?
        public var unit: String?
        public var measured: Int64?

        public init(pseudonym: String, metric: String, before: Double?, after: Double?, unit: String?, measured: Int64?) {
            self.pseudonym = pseudonym
            self.metric = metric
            self.before = before
            self.after = after
            self.unit = unit
            self.measured = measured
        }
    }

    /// A table read, for provenance (a dataset of the store).
    public struct Source: Sendable {
        public var kind: InputKind
        /// The table as messages name it (`schema.table`).
        public var name: String
        /// Hex SHA-256 of where the table lives (server, database and table): the same table read again replaces
        /// what it recorded before.
        public var identity: String
        /// The columns read, as `--map` gives them.
        public var mapping: String
        /// Rows used, and rows left out because they break the input contract (`--skip-bad`).
        public var rows: Int
        public var rejected: Int
        /// What was wrong with the rows left out, without any value.
        public var problems: [String]

        public init(kind: InputKind, name: String, identity: String, mapping: String, rows: Int, rejected: Int, problems: [String]) {
            self.kind = kind
            self.name = name
            self.identity = identity
            self.mapping = mapping
            self.rows = rows
            self.rejected = rejected
            self.problems = problems
        }
    }

    /// The window, its features and what the data holds; `datasetHashes` are the sources' identities.
    public var window: UsageWindow
    /// Accounts with activity in the window, by pseudonym (``AccountUsage/account`` is 0 until a store records
    /// them), with their profiles.
    public var usage: [AccountUsage]
    /// The profile of every account of the accounts table, by pseudonym.
    public var profiles: [String: AccountProfile]
    public var outcomes: [Outcome]
    public var sources: [Source]
    /// The names of the columns that fed `account` or `user`, lowercased: never kept as text afterwards.
    public var identifierSources: [String]

    public init(window: UsageWindow, usage: [AccountUsage], profiles: [String: AccountProfile], outcomes: [Outcome],
                sources: [Source], identifierSources: [String]) {
        self.window = window
        self.usage = usage
        self.profiles = profiles
        self.outcomes = outcomes
        self.sources = sources
        self.identifierSources = identifierSources
    }

    /// The `format` of a table's dataset.
    public static let format = "table"

    /// The identity of a table read in place: hex SHA-256 of where it lives, so that reading it again replaces
    /// what it recorded before.
    package static func identity(server: String, table: String, kind: InputKind) -> String {
        SHA256.hash(data: Data("conteur-table\u{0}\(server)\u{0}\(table)\u{0}\(kind.rawValue)".utf8))
            .map { String(format: "%02x", $0) }.joined()
    }

    /// Every pseudonym the extract holds, sorted: the order in which a store gives new accounts their ids.
    public var pseudonyms: [String] {
        Set(usage.map(\.pseudonym)).union(profiles.keys).union(outcomes.map(\.pseudonym)).sorted()
    }
}

/// The input contract of ingest, for values that arrive from a table rather than from a file: the same
/// trimming, Unicode normalization, cleaning, words and limits, so that a table analysed in place and the same
/// rows ingested give the same accounts and features.
package enum IngestContract {
    /// The accepted magnitudes of `count`, `duration` (seconds) and `value` (and outcomes' numbers).
    package static let largestCount = RowDecoder.largestCount
    package static let largestDuration = RowDecoder.largestDuration
    package static let largestValue = RowDecoder.largestValue
    /// The event name of a row without one.
    package static let activity = "activity"

    /// The text without surrounding spaces and tabs (what ingest trims); nil when nothing is left.
    package static func trimmed(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let bytes = Array(raw.utf8)
        var lower = 0, upper = bytes.count
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        guard lower < upper else { return nil }
        return lower == 0 && upper == bytes.count ? raw : String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The stored name of an event name: trimmed, in NFC, without control characters; `activity` when blank.
    package static func featureName(_ raw: String?) -> String {
        guard let text = trimmed(raw) else { return activity }
        return CleanText.clean(text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping)
    }

    /// Text kept as it is (profile columns, attributes, metrics, units): trimmed, without control characters;
    /// nil when blank.
    package static func text(_ raw: String?) -> String? { trimmed(raw).map(CleanText.clean) }

    /// A renewal word (`yes`, `no`, `true`, `0`, `oui`…), as ingest reads it; nil for anything else.
    package static func renewed(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "yes", "y", "true", "1", "oui", "o": true
        case "no", "n", "false", "0", "non": false
        default: nil
        }
    }
}

extension Pseudonymizer {
    /// The pseudonym ingest gives a raw identifier: trimmed of spaces and tabs, then pseudonymized (in NFC);
    /// nil when blank.
    package func ingestPseudonym(_ raw: String?, _ domain: Domain) -> String? {
        IngestContract.trimmed(raw).map { pseudonym($0, domain) }
    }
}

/// The columns of a table, planned as ingest plans a file's header: the same `--map`, required columns, and
/// refusal of identifier-like columns; the table's own column names are kept for the SQL that reads them.
package struct TablePlan: Sendable {
    package let kind: InputKind
    /// Canonical name → the table's column.
    package let columns: [String: String]
    /// Attributes of an accounts table: attribute name → the table's column.
    package let attributes: [(name: String, column: String)]
    /// The names of the columns that fed `account` or `user`, lowercased.
    package let identifierSources: [String]
    /// The `--map` entries that apply to this table, for provenance.
    package let mapping: String

    /// The table's column for a canonical one, as messages name it; the canonical name when the table has none.
    package func name(_ canonical: String) -> String { columns[canonical] ?? canonical }

    /// The canonical columns of `kind`, and for accounts the `attribute:` entries: what of `mapping` applies to a
    /// table of that kind.
    package static func applies(_ canonical: String, to kind: InputKind) -> Bool {
        kind.canonicalColumns.contains(canonical) || (kind == .accounts && canonical.hasPrefix(ColumnMapping.attributePrefix))
    }

    /// Plans `columns` (the table's column names, in order) of a table of `kind`, read with the entries of
    /// `mapping` that apply to it. Throws ``IngestError`` (its `file` is `table`) naming what is wrong.
    package init(table: String, columns names: [String], kind: InputKind, mapping: ColumnMapping,
                 identifierColumns: Set<String>) throws(IngestError) {
        let entries = mapping.names.filter { Self.applies($0.key, to: kind) }
        var problems: [IngestProblem] = []
        let lowered = Set(names.map { $0.lowercased() })
        for (canonical, source) in entries.sorted(by: { $0.key < $1.key }) where !lowered.contains(source.lowercased()) {
            problems.append(.init(line: nil, message: "no column \"\(source)\" (--map \(canonical)=\(source)); "
                + "its columns: \(ColumnPlan.list(names))"))
        }
        guard problems.isEmpty else { throw IngestError(file: table, problems: problems) }
        let restricted = ColumnMapping(entries)
        let plan = try ColumnPlan(header: names, kind: kind, mapping: restricted, file: table, identifierColumns: identifierColumns,
                                  origin: .table(columns: names))
        self.kind = kind
        columns = plan.index.mapValues { names[$0] }
        attributes = plan.others.map { ($0.name, names[$0.index]) }
        identifierSources = plan.identifierSources
        self.mapping = restricted.description
    }
}
