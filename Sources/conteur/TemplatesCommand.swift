import ArgumentParser
import Foundation
import Runs
import StoryBuilder

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
