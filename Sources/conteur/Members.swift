import Archetypes
import ArgumentParser
import Foundation
import Runs
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
        let archive = try store.archive()
        let members = try archive.members(of: try archive.load(runID), archetype: archetype)
        let attributes = Array(Set(members.flatMap(\.attributes.keys))).sorted()
        switch format {
        case .json:
            try JSONOutput.print(members.map { member -> [String: String] in
                var row = member.attributes
                row["account"] = member.pseudonym
                row["archetype"] = String(member.archetype)
                row["health"] = String(member.health)
                row["status"] = member.status.rawValue
                return row
            })
        case .csv:
            print((["account", "archetype", "health", "status"] + attributes).map(Self.csv).joined(separator: ","))
            for member in members {
                let fields = [member.pseudonym, String(member.archetype), String(member.health), member.status.rawValue]
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
        /// Each reason as a code with its figures, and in words.
        var reasons: [Health.Reason]
        var reasons_text: [String]
    }

    func run() throws {
        let wording = try TerminalWording()
        let entries = try store.archive().atRisk(top: top).members.map { member in
            Entry(account: member.pseudonym, health: member.health, status: member.status.rawValue, archetype: member.archetype,
                  archetype_name: member.archetypeName, reasons: member.reasons, reasons_text: member.reasons.map(wording.reason))
        }
        if json { return try JSONOutput.print(entries) }
        for entry in entries {
            print("\(entry.account)  health \(entry.health) (\(entry.status)), \(entry.archetype_name.en)")
            for reason in entry.reasons_text { print("    – \(reason)") }
        }
    }
}
