import ArgumentParser
import Foundation
import Runs
import StoryBuilder

/// `conteur goals`: the goal catalogue, or the goals a text speaks of.
struct GoalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals", abstract: "List the goal catalogue, or match a prospect's words to goals.")
    @OptionGroup var story: StoryOptions
    @Option(help: "Text to match (French or English).") var match: String?
    @Flag(help: "Print JSON.") var json = false

    struct Matches: Encodable { var goals: [GoalMatch] }

    func run() throws {
        let library = try story.library()
        let catalogue = library.catalogue
        if let match {
            let matches = library.matcher.match(match)
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
