public import Archetypes
public import Foundation
import UsageStore

/// The shipped demo data (`Corpus/demo`) loaded into a temporary store and analyzed with the shipped lexicon, once per
/// test process: its accounts carry the behaviour the generator planted (`planted`), so tests can check what a group is.
public struct DemoCorpus: Sendable {
    public let analysis: Analysis
    /// Each account's planted behaviour ("seasonal-peaker").
    public let planted: [Int64: String]

    public static func shared() throws -> DemoCorpus { try loaded.get() }
    private static let loaded = Result { try DemoCorpus() }

    private init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("demo.sqlite").path)
        let corpus = shippedNarratives.deletingLastPathComponent().appendingPathComponent("Corpus/demo")
        for kind in [InputKind.accounts, .events, .outcomes] {
            _ = try Ingestor(store: store).ingest(corpus.appendingPathComponent("\(kind.rawValue).csv"), as: kind,
                                                  options: IngestOptions(now: LoadedCorpus.now))
        }
        guard let span = try store.eventSpan() else { throw CocoaError(.fileReadCorruptFile) }
        let (window, usage) = try store.usage(from: span.from, to: span.to)
        analysis = Analyzer.analyze(window: window, usage: usage, outcomes: try store.outcomes(), options: AnalysisOptions(),
                                    lexicon: try shippedLexicon())
        planted = Dictionary(uniqueKeysWithValues: usage.map { ($0.account, $0.profile.attributes["planted"] ?? "") })
    }

    /// The behaviour most members of an archetype carry.
    public func behaviour(ofArchetype id: Int) -> String? {
        let members = analysis.members.filter { $0.archetype == id }
        return Dictionary(grouping: members) { planted[$0.account] ?? "" }.max { $0.value.count < $1.value.count }?.key
    }
}
