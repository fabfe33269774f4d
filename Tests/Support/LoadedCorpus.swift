public import Archetypes
import CorpusGenerator
public import Foundation
public import UsageStore

/// A generated corpus loaded into a fresh store in its own temporary folder, removed when the value goes away
/// (or, for a value held in a static, when the test process exits).
public final class LoadedCorpus: Sendable {
    public let folder: URL
    public let store: Store

    /// The time ingest takes as "now", so that generated dates never count as future ones.
    public static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Generates `accounts` over `months` with `seed`, lets `edit` change the files, then loads them.
    public init(accounts: Int, months: Int, seed: UInt64, edit: (URL) throws -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-tests-\(UUID().uuidString)")
        TemporaryFolders.register(folder)
        let corpus = folder.appendingPathComponent("corpus")
        _ = try CorpusGenerator(CorpusConfiguration(accounts: accounts, months: months, seed: seed)).write(to: corpus)
        try edit(corpus)
        store = try Store(path: folder.appendingPathComponent("conteur.sqlite").path)
        let ingestor = Ingestor(store: store)
        for kind in [InputKind.accounts, .events, .outcomes] {
            _ = try ingestor.ingest(corpus.appendingPathComponent("\(kind.rawValue).csv"), as: kind, options: IngestOptions(now: Self.now))
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The raw accounts file of the corpus.
    public var accountsFile: URL { folder.appendingPathComponent("corpus/accounts.csv") }

    /// Analyzes the whole span with the shipped lexicon, as `conteur analyze` does, without storing a run.
    public func analyze(_ options: AnalysisOptions) throws -> Analysis {
        let span = try store.eventSpan()!
        let (window, usage) = try store.usage(from: span.from, to: span.to)
        return Analyzer.analyze(window: window, usage: usage, outcomes: try store.outcomes(), options: options,
                                lexicon: try shippedLexicon(), supplied: try store.suppliedFeatures())
    }

    /// Each account's planted behaviour (row id → behaviour), from the corpus's `planted` attribute.
    public func planted() throws -> [Int64: String] {
        let span = try store.eventSpan()!
        return Dictionary(uniqueKeysWithValues: try store.usage(from: span.from, to: span.to).1.map {
            ($0.account, $0.profile.attributes["planted"] ?? "")
        })
    }
}

/// The shipped naming lexicon.
public func shippedLexicon() throws -> NamingLexicon {
    try NamingLexicon(json: Data(contentsOf: shippedNarratives.appendingPathComponent("naming.json")))
}

/// A fresh folder in the temporary directory, named `prefix-<uuid>`, removed when the test process exits.
public func temporaryFolder(_ prefix: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    TemporaryFolders.register(folder)
    return folder
}

/// Folders removed when the test process exits, for fixtures held in statics that are never released.
public enum TemporaryFolders {
    nonisolated(unsafe) private static var folders: [URL] = []
    private static let lock = NSLock()
    private static let once: Void = { atexit { TemporaryFolders.removeAll() } }()

    static func register(_ folder: URL) {
        _ = once
        lock.withLock { folders.append(folder) }
    }

    private static func removeAll() {
        for folder in lock.withLock({ folders }) { try? FileManager.default.removeItem(at: folder) }
    }
}
