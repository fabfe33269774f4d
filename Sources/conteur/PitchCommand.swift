import ArgumentParser
import Foundation
import Runs
import StoryBuilder
import UsageStore

/// `conteur pitch`: a one-page brief for a prospect, matched to what they said they want.
struct PitchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pitch", abstract: "Write a pitch brief for a prospect from their stated goals.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var story: StoryOptions
    @Option(help: "What the prospect wants, in their words (French or English).") var goals: String
    @Option(help: "The prospect's name.") var prospect: String?
    @Option(help: "The prospect's industry.") var industry: String?
    @Option(help: "The prospect's company size (as in the accounts data, e.g. 51-200).") var size: String?
    @Option(help: "The prospect's region.") var region: String?
    @Option(help: "Language of the brief: en or fr.") var locale: NarrativeLocale = .en
    @Option(help: "text, md, html or json.") var format: Format = .text
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Option(name: .customLong("run"), help: "Run id (default: the latest).") var runID: Int64?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, json }

    func run() throws {
        let library = try story.library()
        let stored = try store.archive().load(runID)
        let (record, analysis) = (stored.record, stored.analysis)
        let prospect = Prospect(name: prospect, goals: goals, industry: industry, size: size, region: region, locale: locale)
        let pitch = try library.brief(prospect, builder: library.builder(analysis: analysis, run: record.id),
                                      format: NarrativeFormat(rawValue: format.rawValue) ?? .md)
        let output = replacingControls(format == .json ? try JSONOutput.string(pitch) : pitch.text)
        if let out {
            try Data(output.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
        }
    }
}
