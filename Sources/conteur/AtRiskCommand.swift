import Archetypes
import ArgumentParser
import Foundation
import Runs
import StoryBuilder
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

    /// The JSON: how health is built, then the accounts.
    struct Output: Encodable {
        struct Model: Encodable {
            var text: String
            var signals: [Signal]
        }
        var model: Model
        var accounts: [Entry]
    }

    struct Signal: Encodable {
        var signal: String
        var weight: Double
        var text: String
    }

    func run() throws {
        let wording = try TerminalWording()
        let (run, members) = try store.archive().atRisk(top: top)
        let entries = members.map { member in
            Entry(account: member.pseudonym, health: member.health, status: member.status.rawValue, archetype: member.archetype,
                  archetypeName: member.archetypeName, reasons: member.reasons, reasonsText: member.reasons.map(wording.reason))
        }
        let model = wording.phrases.healthModel(purchases: run.analysis.window.features.count == 1, grammar: wording.grammar)
        if json {
            let signals = Health.Signal.allCases.map { Signal(signal: $0.rawValue, weight: $0.weight(purchases: run.analysis.window.features.count == 1), text: wording.phrases.text("health.signal.\($0.rawValue)")) }
            return try JSONOutput.print(Output(model: .init(text: model, signals: signals), accounts: entries))
        }
        print(model + "\n")
        for entry in entries {
            print("\(entry.account)  health \(entry.health) (\(entry.status)), \(entry.archetypeName.en)")
            for reason in entry.reasonsText { print("    – \(reason)") }
        }
    }
}
