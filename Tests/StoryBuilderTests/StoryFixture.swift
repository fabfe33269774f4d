import Archetypes
import CorpusGenerator
import Foundation
import StoryBuilder
import UsageStore

/// A generated corpus loaded and analyzed once for the whole suite, with the shipped story library.
enum StoryFixture {
    static let run: Int64 = 3
    static let analysis: Analysis = try! analyze(accounts: 600, seed: 11)
    static let library: StoryLibrary = try! StoryLibrary(narratives: narratives)
    static let builder = library.builder(analysis: analysis, run: run)

    static func analyze(accounts: Int, seed: UInt64) throws -> Analysis {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-stories-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CorpusGenerator(CorpusConfiguration(accounts: accounts, months: 12, seed: seed)).write(to: folder)
        let store = try Store(path: folder.appendingPathComponent("test.sqlite").path)
        let ingestor = Ingestor(store: store)
        for kind in [InputKind.accounts, .events, .outcomes] {
            _ = try ingestor.ingest(folder.appendingPathComponent("\(kind.rawValue).csv"), as: kind,
                                    options: IngestOptions(now: Date(timeIntervalSince1970: 1_800_000_000)))
        }
        let span = try store.eventSpan()!
        let (window, usage) = try store.usage(from: span.from, to: span.to)
        let lexicon = try NamingLexicon(json: Data(contentsOf: narratives.appendingPathComponent("naming.json")))
        return Analyzer.analyze(window: window, usage: usage, outcomes: try store.outcomes(), options: AnalysisOptions(seed: 1), lexicon: lexicon)
    }
}
