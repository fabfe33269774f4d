public import ArgumentParser
import Foundation
import StoryBuilder

/// Where stories come from: the narratives folder, a team's own templates and goal files.
struct StoryOptions: ParsableArguments {
    @Option(help: "Folder holding goals.json and the phrase books (default: the shipped Narratives/).") var narratives: String?
    @Option(help: "A team's own template folder (with en/ and fr/).") var templates: String?
    @Option(name: .customLong("goals-file"), help: "A team's own goal file, added to the built-in catalogue (repeatable).")
    var goalsFiles: [String] = []

    func library() throws -> StoryLibrary {
        try StoryLibrary(narratives: try Resources.narratives(narratives), templates: templates.map { URL(fileURLWithPath: $0) },
                         goalsFiles: goalsFiles.map { URL(fileURLWithPath: $0) })
    }
}

extension NarrativeLocale: ExpressibleByArgument {}
extension NarrativeFormat: ExpressibleByArgument {}
