public import Archetypes
public import Foundation

/// What analysis reads from a store: the usage of every account, outcomes, supplied features and chosen names.
public protocol UsageSource: Sendable {
    /// The span of the loaded events: first day (inclusive) to the day after the last event (exclusive).
    func eventSpan() throws -> (from: Int64, to: Int64)?
    /// Per-account usage aggregates over `[from, to)`.
    func usage(from: Int64, to: Int64) throws -> (UsageWindow, [AccountUsage])
    /// Outcomes of every account.
    func outcomes() throws -> [AccountOutcome]
    /// Per-account features computed elsewhere: names (sorted) and each account's values in that order.
    func suppliedFeatures() throws -> (names: [String], values: [Int64: [Double]])
    /// Accounts as usage with no activity, with their profiles: for an analysis of supplied features alone.
    func idleAccounts(_ ids: Set<Int64>, window: UsageWindow) throws -> [AccountUsage]
    /// Every name a person gave an archetype, newest first.
    func nameOverrides() throws -> [NameOverride]
}

/// Where runs live: stored analyses, their members, chosen names and accounts by raw identifier.
public protocol RunStore: Sendable {
    /// Stores a run and its members in one transaction; returns the run id.
    func saveRun(parameters: String, seed: UInt64, datasetHashes: [String], k: Int, silhouette: Double,
                 timings: String, analysis: Data, members: [RunMember]) throws -> Int64
    /// Replaces a run's stored analysis (after a rename).
    func updateRun(_ id: Int64, analysis: Data) throws
    /// The latest run's id and revision.
    func latestRunStamp() throws -> (id: Int64, revision: Int)?
    /// A run by id, or the latest when `id` is nil.
    func run(_ id: Int64?) throws -> RunRecord?
    /// Members of a run with their attributes, optionally of one archetype, lowest health first when `byHealth`.
    func members(run: Int64, archetype: Int?, byHealth: Bool) throws -> [RunMember]
    /// Records a person's name for an archetype of a run.
    func saveName(run: Int64, archetype: Int, en: String, fr: String, members: [Int64]) throws
    /// What the store holds about one account, found from its raw identifier.
    func lookup(account raw: String) throws -> AccountSummary
}

/// Where an analysis in place keeps what it brought back from a warehouse (see ``InPlaceSource``): the accounts'
/// pseudonyms, their profiles and outcomes, and the tables' provenance; never an event.
public protocol ExtractStore: Sendable {
    /// The keyed pseudonymizer of the store, which identifiers arriving from elsewhere are pseudonymized with.
    func pseudonymizer() throws -> Pseudonymizer
    /// The (lowercased) names of the columns that ever fed `account` or `user`: never kept as text.
    func identifierColumns() throws -> Set<String>
    /// Records an extract in one transaction: the accounts (new ones get ids in pseudonym order), the profiles and
    /// outcomes, and a dataset per table, replacing what the same tables recorded before. Returns the id of
    /// every pseudonym of the extract.
    func record(_ extract: UsageExtract) throws -> [String: Int64]
}

/// A store that analysis reads from and runs are kept in.
public protocol AnalysisStore: UsageSource, RunStore, ExtractStore {
    /// The usage as it is now, whatever is written meanwhile: an analysis reads its whole input from one snapshot.
    func snapshot() throws -> any UsageSource
}

extension Store: AnalysisStore {
    public func snapshot() throws -> any UsageSource { try readingSnapshot() }
}
