import Archetypes
import ArgumentParser
import Foundation
import Runs
import UsageStore

/// `conteur at-risk`: the accounts most likely to churn, with reasons.
struct AtRiskCommand: ParsableCommand {
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
        var archetypeName: Archetype.Name
        /// Each reason as a code with its figures, and in words.
        var reasons: [Health.Reason]
        var reasonsText: [String]

        enum CodingKeys: String, CodingKey {
            case account, health, status, archetype, reasons
            case archetypeName = "archetype_name", reasonsText = "reasons_text"
        }
    }

    func run() throws {
        let wording = try TerminalWording()
        let entries = try store.archive().atRisk(top: top).members.map { member in
            Entry(account: member.pseudonym, health: member.health, status: member.status.rawValue, archetype: member.archetype,
                  archetypeName: member.archetypeName, reasons: member.reasons, reasonsText: member.reasons.map(wording.reason))
        }
        if json { return try JSONOutput.print(entries) }
        for entry in entries {
            print("\(entry.account)  health \(entry.health) (\(entry.status)), \(entry.archetypeName.en)")
            for reason in entry.reasonsText { print("    – \(reason)") }
        }
    }
}
