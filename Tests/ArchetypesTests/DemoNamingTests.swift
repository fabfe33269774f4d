import Foundation
import TestSupport
import Testing
@testable import Archetypes
@testable import UsageStore

/// On the shipped demo data, each planted behaviour's group carries its own name, earned by its rule.
@Suite struct DemoNamingTests {
    /// The rule that should name each planted behaviour's group.
    static let expected = [
        "seasonal-peaker": "campaign-marketers", "drifting": "drifting", "fast-starter": "fast-starters",
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

}
