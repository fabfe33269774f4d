import Archetypes
import ArgumentParser
import UsageStore

/// `conteur lookup ACCOUNT`: raw identifier → pseudonym, and what the store knows of it.
struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the pseudonym of a raw account identifier and what is stored about it.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The raw account identifier, as in your exports.")
    var account: String

    func run() throws {
        let store = try store.open(.readOnly)
        let summary = try store.lookup(account: account)
        print("pseudonym: \(summary.pseudonym)")
        guard summary.known else {
            print("not in this database")
            throw ExitCode(3)
        }
        print("events: \(summary.events.formatted())")
        if let first = summary.firstEvent, let last = summary.lastEvent { print("active: \(first) to \(last)") }
        for (name, value) in summary.attributes { print("\(name): \(value)") }
        print("outcomes: \(summary.outcomes)")
        guard let (record, analysis) = try? RunArchive.load(store) else { return }
        guard let member = analysis.members.first(where: { $0.pseudonym == summary.pseudonym }),
              let archetype = analysis.archetypes.first(where: { $0.id == member.archetype }) else { return }
        print("archetype: \(archetype.id). \(archetype.name.en) (run \(record.id))")
        print("health: \(member.health.score) (\(member.health.status.rawValue))")
        for reason in member.health.reasons { print("  – \(reason.en)") }
    }
}
