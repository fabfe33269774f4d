import Foundation
import TestSupport
import Testing
@testable import Archetypes
@testable import UsageStore

/// On the shipped demo data, each planted behaviour's group carries its own name, earned by its rule.
@Suite struct DemoNamingTests {
    /// The rule that should name each planted behaviour's group.
    static let expected = [
        "seasonal-peaker": "seasonal", "drifting": "drifting", "fast-starter": "fast-starters",
        "campaign-automator": "automators", "data-consolidator": "consolidators", "power-collaborator": "collaborators",
    ]

    @Test func plantedGroupsCarryTheirOwnNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-demo-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("demo.sqlite").path)
        let corpus = shippedNarratives.deletingLastPathComponent().appendingPathComponent("Corpus/demo")
        for kind in [InputKind.accounts, .events, .outcomes] {
            _ = try Ingestor(store: store).ingest(corpus.appendingPathComponent("\(kind.rawValue).csv"), as: kind,
                                                  options: IngestOptions(now: LoadedCorpus.now))
        }
        let span = try #require(try store.eventSpan())
        let (window, usage) = try store.usage(from: span.from, to: span.to)
        let analysis = Analyzer.analyze(window: window, usage: usage, outcomes: try store.outcomes(), options: AnalysisOptions(),
                                        lexicon: try shippedLexicon())
        let planted = Dictionary(uniqueKeysWithValues: usage.map { ($0.account, $0.profile.attributes["planted"] ?? "") })
        let ari = Statistics.adjustedRandIndex(analysis.members.map(\.archetype), analysis.members.map { planted[$0.account]! })
        #expect(ari >= 0.9, "ARI \(ari)")
        for (behaviour, rule) in Self.expected {
            let members = analysis.members.filter { planted[$0.account] == behaviour }
            let majority = Dictionary(grouping: members, by: \.archetype).max { $0.value.count < $1.value.count }!.key
            let archetype = try #require(analysis.archetypes.first { $0.id == majority })
            #expect(archetype.name.evidence?.rule == rule, "\(behaviour) → \(archetype.name.en)")
        }
    }
}
