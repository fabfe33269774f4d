import Archetypes
import Export
import Foundation
import StoryBuilder
import UsageStore

/// What the explorer serves: the latest analysis run, re-read when it changes (a new run, a rename).
public final class ExplorerState: Sendable {
    /// The latest run and what pages and briefs are made from.
    public struct Snapshot: Sendable {
        public let source: PackSource
        public let pages: [NarrativeLocale: PackPages]
        public let builder: NarrativeBuilder
    }

    let store: Store
    let library: StoryLibrary
    /// How long a snapshot is trusted before the store is asked whether the run changed.
    let freshness: TimeInterval
    private let cache = Mutex<(snapshot: Snapshot, stamp: Stamp, checked: Date)?>(nil)
    typealias Stamp = (id: Int64, revision: Int)

    public init(store: Store, library: StoryLibrary, freshness: TimeInterval = 2) {
        self.store = store
        self.library = library
        self.freshness = freshness
    }

    /// The current snapshot; throws when the database holds no analysis yet.
    public func snapshot() throws -> Snapshot {
        if let cached = cache.withLock({ $0 }), Date().timeIntervalSince(cached.checked) < freshness { return cached.snapshot }
        guard let stamp = try store.latestRunStamp() else { throw ExplorerError.unavailable("no analysis yet: run `conteur analyze` first") }
        if let cached = cache.withLock({ $0 }), cached.stamp == stamp {
            cache.withLock { $0?.checked = Date() }
            return cached.snapshot
        }
        guard let record = try store.run(stamp.id) else { throw ExplorerError.unavailable("the latest run has gone: try again") }
        let analysis = try JSONDecoder().decode(Analysis.self, from: record.analysis)
        let source = PackSource(run: record.id, createdAt: record.createdAt, analysis: analysis)
        let snapshot = Snapshot(
            source: source,
            pages: Dictionary(uniqueKeysWithValues: NarrativeLocale.allCases.map { ($0, PackPages(source: source, library: library, locale: $0)) }),
            builder: library.builder(analysis: analysis, run: record.id))
        cache.withLock { $0 = (snapshot, stamp, Date()) }
        return snapshot
    }
}

/// A value behind a lock.
final class Mutex<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
