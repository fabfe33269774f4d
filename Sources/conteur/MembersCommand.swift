import Archetypes
import ArgumentParser
import CorpusGenerator
import Foundation
import Runs
import UsageStore

/// `conteur members`: one row per account of a run.
struct MembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "members", abstract: "One row per account: archetype, health, status and attributes.")

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
            var writer = CSVWriter(handle: .standardOutput, header: ["account", "archetype", "health", "status"] + attributes)
            for member in members {
                let fields = [member.pseudonym, String(member.archetype), String(member.health), member.status.rawValue]
                    + attributes.map { member.attributes[$0] ?? "" }
                for (index, field) in fields.enumerated() {
                    if index > 0 { writer.comma() }
                    writer.field(field)
                }
                try writer.endRow()
            }
            try writer.flush()
        }
    }
}
