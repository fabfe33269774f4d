import Archetypes
import Dispatch
public import Export
public import Foundation
public import Logging
import NIOConcurrencyHelpers
import Runs
public import StoryBuilder
public import UsageStore

/// What the explorer serves: the latest analysis run, re-read when it changes (a new run, a rename).
///
/// When the database cannot be read (locked, removed, corrupted), the last run loaded goes on being
/// served, marked stale; only when no run was ever loaded do requests fail, as unavailable.
/// Reads of the store run off Swift's cooperative pool, one at a time for requests: a database held
/// by another process blocks a reader for SQLite's busy timeout, and meanwhile other requests are
/// served what is in memory.
public final class ExplorerState: Sendable {
    /// The latest run and what pages and briefs are made from.
    public struct Snapshot: Sendable {
        public let source: PackSource
        public let pages: [NarrativeLocale: PackPages]
        public let builder: NarrativeBuilder
    }

    /// A snapshot as served: `stale` when the store could not confirm it is still the latest run.
    public struct Served: Sendable {
        public let snapshot: Snapshot
        public let stale: Bool
    }

    let archive: RunArchive
    let library: StoryLibrary
    /// How long a snapshot is trusted before the store is asked whether the run changed.
    let freshness: TimeInterval
    private let memory = NIOLockedValueBox(Memory())

    /// What the state knows: the run loaded and what the last read of the store found.
    struct Memory {
        var loaded: (snapshot: Snapshot, stamp: Stamp, at: Date)?
        var checked = Date.distantPast
        var readable = true
        var stale = false
        var checking = false
    }
    typealias Stamp = (id: Int64, revision: Int)

    public init(store: any AnalysisStore, library: StoryLibrary, freshness: TimeInterval = 2) {
        self.archive = RunArchive(store: store)
        self.library = library
        self.freshness = freshness
    }

    /// The snapshot to serve; throws ``ExplorerError/unavailable(_:)`` when no run can be served.
    public func served(logger: Logger) async throws -> Served {
        let now = Date()
        let (cached, claimed) = memory.withLockedValue { memory -> (Served?, Bool) in
            guard let loaded = memory.loaded else { return (nil, false) }
            if memory.checking || now.timeIntervalSince(memory.checked) < freshness { return (Served(snapshot: loaded.snapshot, stale: memory.stale), false) }
            memory.checking = true
            return (nil, true)
        }
        if let cached { return cached }
        defer { if claimed { memory.withLockedValue { $0.checking = false } } }
        return try await check(logger: logger)
    }

    /// Reads the store now, whatever the freshness, and says what is served.
    public func status(logger: Logger) async -> ServingStatus {
        _ = try? await check(logger: logger)
        return memory.withLockedValue { memory in
            ServingStatus(readable: memory.readable, run: memory.loaded?.snapshot.source.run, loadedAt: memory.loaded?.at, stale: memory.stale)
        }
    }

    /// Whether the run served is one the store could not confirm.
    public var isStale: Bool { memory.withLockedValue { $0.stale } }

    /// What a read of the store found.
    enum Finding {
        /// The latest run: loaded now (`snapshot`), or the one already in memory.
        case latest(snapshot: Snapshot?, stamp: Stamp)
        /// The database holds no analysis.
        case empty
        case unreadable(any Error)
    }

    /// Asks the store for the latest run, loads it when it changed, and falls back on the run in memory.
    private func check(logger: Logger) async throws -> Served {
        let finding: Finding
        do {
            if let stamp = try await Self.offPool({ [archive] in try archive.store.latestRunStamp() }) {
                let known = memory.withLockedValue { $0.loaded.map { $0.stamp == stamp } ?? false }
                finding = .latest(snapshot: known ? nil : try await load(stamp), stamp: stamp)
            } else {
                finding = .empty
            }
        } catch {
            finding = .unreadable(error)
        }
        return try record(finding, logger: logger)
    }

    /// Records what the store said and serves the run in memory, stale unless the store confirmed it.
    private func record(_ finding: Finding, logger: Logger) throws -> Served {
        let (served, was) = memory.withLockedValue { memory -> (Served?, (readable: Bool, stale: Bool)) in
            let was = (memory.readable, memory.stale)
            memory.checked = Date()
            switch finding {
            case .latest(let snapshot, let stamp):
                // Two reads may race: an older run never replaces a newer one.
                if let snapshot, memory.loaded.map({ ($0.stamp.id, $0.stamp.revision) <= (stamp.id, stamp.revision) }) ?? true {
                    memory.loaded = (snapshot, stamp, Date())
                }
                memory.readable = true
                memory.stale = false
            case .empty:
                memory.readable = true
                memory.stale = memory.loaded != nil
            case .unreadable:
                memory.readable = false
                memory.stale = memory.loaded != nil
            }
            return (memory.loaded.map { Served(snapshot: $0.snapshot, stale: memory.stale) }, was)
        }
        switch finding {
        case .unreadable(let error) where was.readable:
            logger.warning(served == nil ? "the database cannot be read, and no run was loaded before" : "the database cannot be read: serving the last run loaded",
                           metadata: ErrorKind.metadata(error))
        case .empty where served != nil && !was.stale:
            logger.warning("the database holds no analysis any more: serving the last run loaded")
        case .latest where was.stale || !was.readable:
            logger.notice("the database can be read again")
        default: break
        }
        if let served { return served }
        if case .empty = finding { throw ExplorerError.unavailable("no analysis yet: run `conteur analyze` first") }
        throw ExplorerError.unavailable("the database cannot be read and no analysis was loaded before; the server's log says why")
    }

    /// The snapshot of a run.
    private func load(_ stamp: Stamp) async throws -> Snapshot {
        let run = try await Self.offPool({ [archive] in try archive.load(stamp.id) })
        let (record, analysis) = (run.record, run.analysis)
        let source = PackSource(run: record.id, createdAt: record.createdAt, analysis: analysis)
        return Snapshot(
            source: source,
            pages: Dictionary(uniqueKeysWithValues: NarrativeLocale.allCases.map { ($0, PackPages(source: source, library: library, locale: $0)) }),
            builder: library.builder(analysis: analysis, run: record.id))
    }

    /// Runs blocking work on a dispatch thread, so that a busy database holds no thread of the cooperative pool.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
