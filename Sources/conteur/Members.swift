import Archetypes
import ArgumentParser
import Foundation
import UsageStore

/// `conteur members`: one row per account of a run.
struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "One row per account: archetype, health, status and attributes.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this archetype.") var archetype: Int?
    @Option(help: "csv or json.") var format: Format = .csv
    @Option(name: .customLong("run"), help: "Run id (default: the latest).") var runID: Int64?

    func run() throws {
        let store = try store.open(.readOnly)
        let (record, _) = try RunArchive.load(store, run: runID)
        let members = try store.members(run: record.id, archetype: archetype)
        let attributes = Array(Set(members.flatMap(\.attributes.keys))).sorted()
        switch format {
        case .json:
            try JSONOutput.print(members.map { member -> [String: String] in
                var row = member.attributes
                row["account"] = member.pseudonym
                row["archetype"] = String(member.archetype)
                row["health"] = String(member.health)
                row["status"] = member.status
                return row
            })
        case .csv:
            print((["account", "archetype", "health", "status"] + attributes).map(Self.csv).joined(separator: ","))
            for member in members {
                let fields = [member.pseudonym, String(member.archetype), String(member.health), member.status]
                    + attributes.map { member.attributes[$0] ?? "" }
                print(fields.map(Self.csv).joined(separator: ","))
            }
        }
    }

    /// A CSV field, quoted when needed.
    static func csv(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// `conteur at-risk`: the accounts most likely to churn, with reasons.
struct AtRisk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "at-risk", abstract: "Accounts with the lowest health first, with reasons and their archetype.")

    @OptionGroup var store: StoreOptions
    @Option(help: "How many accounts.") var top = 20
    @Flag(help: "Print JSON.") var json = false

    struct Entry: Encodable {
        var account: String
        var health: Int
        var status: String
        var archetype: Int
        var archetype_name: Archetype.Name
        var reasons: [Health.Reason]
    }

    func run() throws {
        let store = try store.open(.readOnly)
        let (record, analysis) = try RunArchive.load(store)
        let names = Dictionary(uniqueKeysWithValues: analysis.archetypes.map { ($0.id, $0.name) })
        let entries = try store.members(run: record.id, byHealth: true).prefix(top).map { member in
            Entry(account: member.pseudonym, health: member.health, status: member.status, archetype: member.archetype,
                  archetype_name: names[member.archetype]!,
                  reasons: (try? JSONDecoder().decode([Health.Reason].self, from: Data(member.reasons.utf8))) ?? [])
        }
        if json { return try JSONOutput.print(entries) }
        for entry in entries {
            print("\(entry.account)  health \(entry.health) (\(entry.status)), \(entry.archetype_name.en)")
            for reason in entry.reasons { print("    – \(reason.en)") }
        }
    }
}
