import Archetypes
import Foundation
import StoryBuilder
import TestSupport

/// A generated corpus loaded and analyzed once for the whole suite, with the shipped story library.
enum StoryFixture {
    private static let loaded = Result { try TestDatabase.make(accounts: 600, months: 12, seed: 11, hostile: false) }
    private static let shippedLibrary = Result { try StoryLibrary(narratives: narratives) }

    static func database() throws -> TestDatabase { try loaded.get() }
    static func analysis() throws -> Analysis { try loaded.get().analysis }
    static func run() throws -> Int64 { try loaded.get().run }
    static func library() throws -> StoryLibrary { try shippedLibrary.get() }
    static func builder() throws -> NarrativeBuilder { try library().builder(analysis: analysis(), run: run()) }
    /// The shipped phrase book's variants of `key`, any of which a brief may say.
    static func variants(_ locale: NarrativeLocale, _ key: String) -> [String] {
        ((try? library().phrases[locale]?.patterns[key]) ?? nil) ?? []
    }
}

/// A suite that reads briefs built from the fixture for a prospect's words alone.
protocol ReadsBriefs {
    var builder: NarrativeBuilder { get }
}

extension ReadsBriefs {
    /// The brief for a prospect named Acme who said `words`.
    func brief(_ words: String, _ locale: NarrativeLocale = .en) -> Narrative {
        builder.pitch(Prospect(name: "Acme", goals: words, locale: locale)).narrative
    }
}
