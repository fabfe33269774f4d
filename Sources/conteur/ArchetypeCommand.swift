import Archetypes
import ArgumentParser
import Foundation
import Runs
import StoryBuilder
import UsageStore

/// `conteur archetype ID`: the full profile of one archetype.
struct ArchetypeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archetype", abstract: "Show one archetype's full profile.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "Archetype id.") var id: Int
    @Option(name: .customLong("run"), help: "Run id (default: the latest).") var runID: Int64?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let archive = try store.archive()
        let run = try archive.load(runID)
        let (record, analysis) = (run.record, run.analysis)
        let archetype = try archive.archetype(id, of: run)
        if json { return try JSONOutput.print(archetype) }
        let wording = try TerminalWording()
        let units = Dictionary(uniqueKeysWithValues: analysis.features.map { ($0.id, $0) })
        print("\(archetype.name.en) / \(archetype.name.fr): archetype \(archetype.id) of run \(record.id)")
        print("\(archetype.size) accounts, \(String(format: "%.1f", archetype.share * 100)) % of \(analysis.members.count)")
        print(wording.phrases.nameEvidence(archetype.name, archetypeName: archetype.name.en, units: units.mapValues(\.unit), grammar: wording.grammar))
        print("Sets it apart:")
        for distinction in archetype.distinguishing {
            print("  \(distinction.direction == .higher ? "higher" : "lower") \(units[distinction.feature].map(wording.feature) ?? distinction.feature) "
                + "(\(String(format: "%+.1f", distinction.effect)) sd)")
        }
        print("Profile (median of members, population median):")
        for value in archetype.profile {
            guard let definition = units[value.feature] else { continue }
            print("  \(wording.feature(definition)): \(wording.measure(value.median, definition.unit)) vs \(wording.measure(value.population, definition.unit))")
        }
        for (attribute, counts) in archetype.attributes.sorted(by: { $0.key < $1.key }) {
            print("\(attribute): " + counts.map { "\($0.value) \($0.accounts)" }.joined(separator: ", "))
        }
        if !archetype.outcomes.isEmpty { print("Outcomes (medians):") }
        for outcome in archetype.outcomes {
            let before = outcome.medianBefore.map { String(format: "%.2f", $0) } ?? "–"
            let after = outcome.medianAfter.map { String(format: "%.2f", $0) } ?? "–"
            let change = outcome.medianChange.map { String(format: "%+.2f", $0) } ?? "–"
            print("  \(outcome.metric): \(before) → \(after) \(outcome.unit ?? "") (change \(change), \(outcome.accounts) accounts)")
        }
        if let renewal = archetype.renewal {
            print("Renewal: \(renewal.renewed) of \(renewal.known) known (\(String(format: "%.0f", renewal.rate * 100)) %)")
        }
        let health = archetype.health
        print("Health: \(health.healthy) healthy, \(health.watch) to watch, \(health.atRisk) at risk (median score \(Int(health.medianScore)))")
    }
}
