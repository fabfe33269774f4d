import Archetypes
import ArgumentParser
import Foundation
import Runs
import UsageStore

/// `conteur archetypes`: list the archetypes of a run, or rename one.
struct ArchetypesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archetypes", abstract: "List the archetypes of the latest run, or rename one.",
        subcommands: [List.self, Rename.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List archetypes: name, size, what sets them apart.")
        @OptionGroup var store: StoreOptions
        @Option(name: .customLong("run"), help: "Run id (default: the latest).") var runID: Int64?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let run = try store.archive().load(runID)
            let wording = try TerminalWording()
            if json {
                try JSONOutput.print(AnalyzeOutput(id: run.record.id, analysis: run.analysis, wording: wording))
            } else {
                AnalyzeCommand.printSummary(id: run.record.id, analysis: run.analysis, wording: wording)
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an archetype a name of your own; later runs keep it for the same group.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Archetype id in the latest run.") var id: Int
        @Option(help: "English name.") var en: String
        @Option(help: "French name.") var fr: String

        func run() throws {
            let run = try store.archive(.readWrite).rename(archetype: id, en: en, fr: fr)
            print("archetype \(id) of run \(run.record.id) is now \"\(en)\" / \"\(fr)\"")
        }
    }
}
