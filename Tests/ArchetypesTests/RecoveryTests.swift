import Foundation
import TestSupport
import Testing
@testable import Archetypes
@testable import UsageStore

/// Loads a generated corpus and analyzes it, as `conteur analyze` does; with each account's planted behaviour.
func analyzeGenerated(accounts: Int, months: Int, seed: UInt64, options: AnalysisOptions) throws -> (Analysis, [Int64: String]) {
    let corpus = try LoadedCorpus(accounts: accounts, months: months, seed: seed)
    return (try corpus.analyze(options), try corpus.planted())
}

/// The shipped Narratives/ folder.
let narratives = shippedNarratives

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
