import Archetypes
import Foundation
import Testing
import TestSupport
@testable import StoryBuilder

/// Every goal, alone and paired, for prospects whose names test contraction and possessives, in both languages, on the
/// demo data; and every archetype's case story and card. A copy editor's lint must find nothing to fix.
@Suite struct BriefLintTests {
    static let prospects: [(name: String, industry: String?)] = [
        ("Le Petit Marché", "retail"), ("Les Halles Numériques", "health"), ("Zephyr Labs", "software"),
        ("O'Brien & Sons", "travel"), ("Atelier Quarante", nil), ("Azur Logiciels", "finance"),
    ]

    /// The briefs: each goal's first phrasing in each language, then each goal with the next one, for every prospect;
    /// then each reading's title, which takes the reading, for the first two.
    static func briefs(_ library: StoryLibrary, _ builder: NarrativeBuilder) throws -> [(label: String, locale: NarrativeLocale, text: String)] {
        let goals = builder.catalogue.goals
        var out: [(String, NarrativeLocale, String)] = []
        for locale in NarrativeLocale.allCases {
            let statements = goals.indices.map { goals[$0].phrasings[locale][0] }
                + goals.indices.map { "\(goals[$0].phrasings[locale][0]), \(goals[($0 + 1) % goals.count].phrasings[locale][1])" }
            let readings = goals.flatMap { $0.readings ?? [] }.map { $0.title[locale] }
            for (statement, prospects) in statements.map({ ($0, prospects) }) + readings.map({ ($0, Array(prospects.prefix(2))) }) {
                for prospect in prospects {
                    let pitch = try library.brief(Prospect(name: prospect.name, goals: statement, industry: prospect.industry, locale: locale),
                                                  builder: builder, format: .md)
                    out.append(("\(prospect.name) / \(statement)", locale, pitch.text))
                }
            }
        }
        return out
    }

    @Test func aCopyEditorFindsNothingToFix() throws {
        let demo = try DemoCorpus.shared()
        let library = try StoryLibrary(narratives: shippedNarratives)
        let builder = library.builder(analysis: demo.analysis, run: 1)
        var texts = try Self.briefs(library, builder)
        for archetype in demo.analysis.archetypes {
            for locale in NarrativeLocale.allCases {
                guard let story = builder.caseStory(archetype: archetype.id, locale: locale) else { continue }
                texts.append(("case story \(archetype.id)", locale, try library.render("case-story", story, format: .md)))
                texts.append(("card \(archetype.id)", locale, try library.render("archetype-card", story, format: .md)))
            }
        }
        var problems: [String] = []
        for (label, locale, text) in texts {
            problems += BriefLint(locale: locale).problems(in: text).map { "[\(locale.rawValue)] \(label): \($0)" }
        }
        print("brief lint: \(texts.count) texts, \(problems.count) problems")
        #expect(texts.count >= 200)
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(40).joined(separator: "\n"))")
    }

    /// The lint itself catches what it is for.
    @Test(arguments: [
        (NarrativeLocale.fr, "La priorité de Le Petit Marché : réduire l'attrition."),
        (.fr, "Ils sont actifs 75 % des semaines : contre 94 %."),
        (.fr, "Le délai a baissé de environ 6 semaines."),
        (.fr, "Regroupées sous « other »."),
        (.en, "Zephyr Labs's priority: reduce churn."),
        (.en, "the Hartley Group's priority: reduce churn."),
        (.en, "Hours saved went from 0 hours a month to 35 hours a month."),
        (.en, "They are active in 94% of weeks, against 94% for a typical customer."),
        (.en, "Churn fell. Churn fell, again and again. Churn fell, again and again."),
        (.en, "See [results.lead] here."),
    ])
    func theLintCatchesWhatItIsFor(_ locale: NarrativeLocale, _ text: String) {
        #expect(!BriefLint(locale: locale).problems(in: text).isEmpty, "\(text)")
    }
}
