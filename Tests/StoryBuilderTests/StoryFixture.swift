import Archetypes
import Foundation
import StoryBuilder
import TestSupport

/// A generated corpus loaded and analyzed once for the whole suite, with the shipped story library.
enum StoryFixture {
    static let database = try! TestDatabase.make(accounts: 600, months: 12, seed: 11, hostile: false)
    static let run = database.run
    static let analysis: Analysis = database.analysis
    static let library: StoryLibrary = try! StoryLibrary(narratives: narratives)
    static let builder = library.builder(analysis: analysis, run: run)
}
