import CorpusGenerator
import Foundation
import Testing
@testable import Archetypes
@testable import UsageStore

/// Loads a generated corpus and analyzes it, as `conteur analyze` does.
func analyzeGenerated(accounts: Int, months: Int, seed: UInt64, options: AnalysisOptions) throws -> (Analysis, [Int64: String]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-archetypes-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try CorpusGenerator(CorpusConfiguration(accounts: accounts, months: months, seed: seed)).write(to: folder)
    let store = try Store(path: folder.appendingPathComponent("test.sqlite").path)
    let ingestor = Ingestor(store: store)
    for kind in [InputKind.accounts, .events, .outcomes] {
        _ = try ingestor.ingest(folder.appendingPathComponent("\(kind.rawValue).csv"), as: kind, options: IngestOptions(now: Date(timeIntervalSince1970: 1_800_000_000)))
    }
    let span = try #require(try store.eventSpan())
    let (window, usage) = try store.usage(from: span.from, to: span.to)
    let planted = Dictionary(uniqueKeysWithValues: usage.map { ($0.account, $0.profile.attributes["planted"] ?? "") })
    let lexicon = try NamingLexicon(json: Data(contentsOf: narratives.appendingPathComponent("naming.json")))
    return (Analyzer.analyze(window: window, usage: usage, outcomes: try store.outcomes(), options: options, lexicon: lexicon), planted)
}

/// The shipped Narratives/ folder.
let narratives = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Narratives")

@Suite struct RecoveryTests {
    @Test func plantedBehavioursAreRecovered() throws {
        let (analysis, planted) = try analyzeGenerated(accounts: 2000, months: 12, seed: 7, options: AnalysisOptions(seed: 1))
        let ari = Statistics.adjustedRandIndex(analysis.members.map(\.archetype), analysis.members.map { planted[$0.account]! })
        print("recovery: k = \(analysis.k), silhouette = \(analysis.silhouette), ARI = \(ari)")
        for archetype in analysis.archetypes { print("  \(archetype.id) \(archetype.name.en) (\(archetype.size))") }
        #expect(ari >= 0.85)
        #expect(analysis.archetypes.allSatisfy { $0.size >= 5 })
        #expect(Set(analysis.archetypes.map(\.name.en)).count == analysis.k)
        // Drifting accounts score lower than the rest, and health separates renewals.
        let auc = try #require(analysis.healthAUC)
        #expect(auc > 0.6)
    }
}
