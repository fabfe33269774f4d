import Archetypes
import ArgumentParser
import Foundation
import Runs
import UsageStore

/// `conteur lookup ACCOUNT`: raw identifier → pseudonym, and what the store knows of it.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Show the pseudonym of a raw account identifier and what is stored about it.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The raw account identifier, as in your exports.")
    var account: String

    func run() throws {
        let (summary, run, member) = try store.archive().lookup(account: account)
        print("pseudonym: \(summary.pseudonym)")
        guard summary.known else {
            print("not in this database")
            throw ExitCode(3)
        }
        print("events: \(summary.events.formatted())")
        if let first = summary.firstEvent, let last = summary.lastEvent { print("active: \(first) to \(last)") }
        for (name, value) in summary.attributes { print("\(name): \(value)") }
        print("outcomes: \(summary.outcomes)")
        guard let run, let member, let archetype = run.analysis.archetypes.first(where: { $0.id == member.archetype }) else { return }
        let wording = try TerminalWording()
        print("archetype: \(archetype.id). \(archetype.name.en) (run \(run.record.id))")
        print("health: \(member.health.score) (\(member.health.status.rawValue))")
        for reason in member.health.reasons { print("  – \(wording.reason(reason))") }
    }
}
