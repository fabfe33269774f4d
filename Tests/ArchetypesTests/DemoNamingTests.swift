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
        let demo = try DemoCorpus.shared()
        let (analysis, planted) = (demo.analysis, demo.planted)
        let ari = Statistics.adjustedRandIndex(analysis.members.map(\.archetype), analysis.members.map { planted[$0.account]! })
        #expect(ari >= 0.9, "ARI \(ari)")
        for (behaviour, rule) in Self.expected {
            let members = analysis.members.filter { planted[$0.account] == behaviour }
            let majority = Dictionary(grouping: members, by: \.archetype).max { $0.value.count < $1.value.count }!.key
            let archetype = try #require(analysis.archetypes.first { $0.id == majority })
            #expect(archetype.name.evidence?.rule == rule, "\(behaviour) → \(archetype.name.en)")
        }
    }

    /// A group also earns the other lexicon names its profile passes, each with its evidence, never one another group
    /// bears: the seasonal group, which also leans on campaigns and segments, is also "campaign marketers".
    @Test func alternativeNamesAreEarnedAndFree() throws {
        let analysis = try DemoCorpus.shared().analysis
        let borne = Set(analysis.archetypes.map(\.name.en))
        for archetype in analysis.archetypes {
            for other in archetype.name.alternatives ?? [] {
                #expect(!borne.contains(other.en), "\(other.en)")
                #expect(other.evidence.map { !$0.conditions.isEmpty } == true, "\(other.en)")
            }
        }
        let seasonal = try #require(analysis.archetypes.first { $0.name.evidence?.rule == "seasonal" })
        #expect(seasonal.name.alternatives?.map(\.evidence?.rule) == ["campaign-marketers"], "\(seasonal.name)")
    }
}
