public import Archetypes
public import Foundation
public import UsageStore

/// Analysis runs, in one place for the command line and the explorer: analyse and store, load, rename, members,
/// at-risk and lookup, over any ``AnalysisStore``.
public struct RunArchive: Sendable {
    public let store: any AnalysisStore

    public init(store: any AnalysisStore) { self.store = store }

    /// Analyzes `[from, to)` (default: the whole span of the data), reading one snapshot, and stores the run.
    public func analyze(options: AnalysisOptions, from: Int64? = nil, to: Int64? = nil, lexicon: NamingLexicon) throws -> StoredRun {
        let started = Date()
        let snapshot = try store.snapshot()
        let supplied = try snapshot.suppliedFeatures()
        let (window, usage) = try Self.usage(snapshot, from: from, to: to, supplied: supplied)
        let read = Date().timeIntervalSince(started) * 1000
        var analysis = Analyzer.analyze(window: window, usage: usage, outcomes: try snapshot.outcomes(), options: options,
                                        lexicon: lexicon, supplied: supplied)
        analysis.apply(try snapshot.nameOverrides().map { Analysis.ChosenName(en: $0.en, fr: $0.fr, members: $0.members) })
        analysis.timingsMs["features"] = (analysis.timingsMs["features"] ?? 0) + read.rounded()
        analysis.timingsMs["total"] = (Date().timeIntervalSince(started) * 1000).rounded()
        return try save(analysis, options: options)
    }

    /// Analyzes usage aggregated where it lives (a warehouse table, see ``InPlaceSource``) over `[from, to)`
    /// (default: the whole span of its usable rows), and stores the run in this archive's store.
    ///
    /// Accounts arrive pseudonymized with the store's key; the store records them with their profiles, outcomes
    /// and the tables' provenance (never an event), so that every story command reads the run afterwards. Nothing
    /// is stored when the source refuses its tables.
    public func analyze(inPlace source: any InPlaceSource, options: AnalysisOptions, from: Int64? = nil, to: Int64? = nil,
                        lexicon: NamingLexicon) throws -> StoredRun {
        let started = Date()
        let pseudonymizer = try store.pseudonymizer()
        guard let span = try source.eventSpan() else { throw RunError.noEvents }
        let start = from ?? span.from, end = to ?? span.to
        guard end > start else { throw RunError.emptyWindow }
        let extract = try source.extract(from: start, to: end, pseudonymizer: pseudonymizer)
        guard !extract.usage.isEmpty else { throw RunError.noActivity }
        let ids = try store.record(extract)
        let usage = extract.usage.map { account in
            var account = account
            account.account = ids[account.pseudonym]!
            return account
        }.sorted { $0.account < $1.account }
        let outcomes = extract.outcomes.map { outcome in
            AccountOutcome(account: ids[outcome.pseudonym]!, metric: outcome.metric, before: outcome.before, after: outcome.after,
                           unit: outcome.unit, measured: outcome.measured)
        }.sorted { $0.account < $1.account }
        let read = Date().timeIntervalSince(started) * 1000
        var analysis = Analyzer.analyze(window: extract.window, usage: usage, outcomes: outcomes, options: options, lexicon: lexicon)
        analysis.apply(try store.nameOverrides().map { Analysis.ChosenName(en: $0.en, fr: $0.fr, members: $0.members) })
        analysis.timingsMs["features"] = (analysis.timingsMs["features"] ?? 0) + read.rounded()
        analysis.timingsMs["total"] = (Date().timeIntervalSince(started) * 1000).rounded()
        return try save(analysis, options: options)
    }

    /// Stores an analysis as a run with its members.
    private func save(_ analysis: Analysis, options: AnalysisOptions) throws -> StoredRun {
        let encoder = Self.storageEncoder()
        let members = try analysis.members.map { member in
            RunMember(account: member.account, archetype: member.archetype, health: member.health.score,
                      status: member.health.status.rawValue,
                      reasons: String(decoding: try encoder.encode(member.health.reasons), as: UTF8.self))
        }
        let id = try store.saveRun(
            parameters: String(decoding: try encoder.encode(options), as: UTF8.self), seed: options.seed,
            datasetHashes: analysis.window.datasetHashes, k: analysis.k, silhouette: analysis.silhouette,
            timings: String(decoding: try encoder.encode(analysis.timingsMs), as: UTF8.self),
            analysis: try encoder.encode(analysis), members: members)
        guard let record = try store.run(id) else { throw RunError.noRun(id) }
        return StoredRun(record: record, analysis: analysis)
    }

    /// The usage to analyze: the events of `[from, to)`, or, when only features computed in a warehouse were
    /// loaded, the accounts that carry them, idle over the day they were loaded.
    static func usage(_ source: any UsageSource, from: Int64?, to: Int64?,
                      supplied: (names: [String], values: [Int64: [Double]])) throws -> (UsageWindow, [AccountUsage]) {
        guard let span = try source.eventSpan() else {
            guard !supplied.names.isEmpty, !supplied.values.isEmpty else { throw RunError.noEvents }
            let today = Int64(Date().timeIntervalSince1970) / 86_400 * 86_400
            let window = UsageWindow(from: today, to: today + 86_400, features: [], hasUsers: false, hasDuration: false, hasValue: false,
                                     hasSeats: false, datasetHashes: [])
            return (window, try source.idleAccounts(Set(supplied.values.keys), window: window))
        }
        let start = from ?? span.from, end = to ?? span.to
        guard end > start else { throw RunError.emptyWindow }
        let (window, usage) = try source.usage(from: start, to: end)
        guard !usage.isEmpty else { throw RunError.noActivity }
        return (window, usage)
    }

    /// A stored run (the latest by default), decoded.
    public func load(_ id: Int64? = nil) throws -> StoredRun {
        guard let record = try store.run(id) else { throw id.map(RunError.noRun) ?? RunError.noAnalysis }
        do {
            return StoredRun(record: record, analysis: try JSONDecoder().decode(Analysis.self, from: record.analysis))
        } catch {
            throw RunError.unreadable(record.id)
        }
    }

    /// Names an archetype of the latest run; later runs give the name to the same group.
    @discardableResult
    public func rename(archetype id: Int, en: String, fr: String) throws -> StoredRun {
        var run = try load()
        guard run.analysis.archetypes.contains(where: { $0.id == id }) else {
            throw RunError.noArchetype(id, run: run.record.id, count: run.analysis.k)
        }
        let members = run.analysis.members.filter { $0.archetype == id }.map(\.account)
        try store.saveName(run: run.record.id, archetype: id, en: en, fr: fr, members: members)
        run.analysis.apply([Analysis.ChosenName(en: en, fr: fr, members: Set(members))])
        try store.updateRun(run.record.id, analysis: try Self.storageEncoder().encode(run.analysis))
        return run
    }

    /// One archetype of a run.
    public func archetype(_ id: Int, of run: StoredRun) throws -> Archetype {
        guard let archetype = run.analysis.archetypes.first(where: { $0.id == id }) else {
            throw RunError.noArchetype(id, run: run.record.id, count: run.analysis.k)
        }
        return archetype
    }

    /// The members of a run, optionally of one archetype, with their attributes and reasons.
    public func members(of run: StoredRun, archetype: Int? = nil, byHealth: Bool = false) throws -> [Member] {
        if let archetype { _ = try self.archetype(archetype, of: run) }
        return try store.members(run: run.record.id, archetype: archetype, byHealth: byHealth).map { Member($0, run: run) }
    }

    /// The `top` accounts of the latest run with the lowest health, lowest first.
    public func atRisk(top: Int) throws -> (run: StoredRun, members: [Member]) {
        let run = try load()
        return (run, Array(try members(of: run, byHealth: true).prefix(top)))
    }

    /// What the store holds about a raw account identifier, and its place in the latest run when there is one.
    public func lookup(account raw: String) throws -> (summary: AccountSummary, run: StoredRun?, member: Analysis.Member?) {
        let summary = try store.lookup(account: raw)
        guard summary.known, let run = try? load() else { return (summary, nil, nil) }
        return (summary, run, run.analysis.members.first { $0.pseudonym == summary.pseudonym })
    }

    /// The encoder for what runs store: compact JSON with sorted keys.
    public static func storageEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

/// A stored run and its decoded analysis.
public struct StoredRun: Sendable {
    public var record: RunRecord
    public var analysis: Analysis
}

/// One account's place in a run, as the commands and the explorer show it.
public struct Member: Sendable {
    public var pseudonym: String
    public var archetype: Int
    public var archetypeName: Archetype.Name
    public var health: Int
    public var status: Health.Status
    public var reasons: [Health.Reason]
    /// Profile and extra attributes, name → value.
    public var attributes: [String: String]

    init(_ stored: RunMember, run: StoredRun) {
        pseudonym = stored.pseudonym
        archetype = stored.archetype
        archetypeName = run.analysis.archetypes.first { $0.id == stored.archetype }?.name ?? Archetype.Name(en: "", fr: "", custom: false)
        health = stored.health
        status = Health.Status(rawValue: stored.status) ?? .watch
        reasons = (try? JSONDecoder().decode([Lossy<Health.Reason>].self, from: Data(stored.reasons.utf8)))?.compactMap(\.value) ?? []
        attributes = stored.attributes
    }
}
