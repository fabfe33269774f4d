import ArgumentParser
import Foundation
import Runs
import StoryBuilder

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
        let output = format == .json ? try JSONOutput.string(pitch) : pitch.text
        if let out {
            try Data(output.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
        }
    }
}

/// `conteur goals`: the goal catalogue, or the goals a text speaks of.
struct GoalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals", abstract: "List the goal catalogue, or match a prospect's words to goals.")
    @OptionGroup var story: StoryOptions
    @Option(help: "Text to match (French or English).") var match: String?
    @Flag(help: "Print JSON.") var json = false

    struct Matches: Encodable { var goals: [GoalMatch] }

    func run() throws {
        let catalogue = try story.library().catalogue
        if let match {
            let matches = GoalMatcher(catalogue: catalogue).match(match)
            if json { return try JSONOutput.print(Matches(goals: matches)) }
            if matches.isEmpty { print("no goal recognized: ask the prospect what success looks like for them") }
            for goal in matches {
                print("\(goal.id)  score \(goal.score)  (\(goal.evidence.joined(separator: ", ")))")
            }
        } else if json {
            try JSONOutput.print(catalogue.goals)
        } else {
            for goal in catalogue.goals { print("\(goal.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(goal.title.en) / \(goal.title.fr)") }
        }
    }
}

/// `conteur templates check`: every template of every locale against the narrative model.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "Check narrative templates.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report parse errors, unknown variables or partials, unescaped values and numbers in template text.")
        @Argument(help: "Template folder with en/ and fr/ (default: the shipped Narratives/).") var directory: String?

        func run() throws {
            let folder = try directory.map { URL(fileURLWithPath: $0) } ?? Resources.narratives(nil)
            let problems = TemplateChecker.check(directory: folder)
            for problem in problems { print(problem) }
            guard problems.isEmpty else { throw ExitCode(1) }
            print("templates in \(folder.path): no problem found")
        }
    }
}
