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

    /// Needs described at length that no reading names, for a brief that says what it heard.
    static let discoveryCalls: [NarrativeLocale: [String]] = [
        .en: [WhatWeHeardTests.bootcamp,
              "Where we're hurting is new debit card activation: it's forty-eight percent within thirty days and we want seventy. We run Jack "
              + "Henry Symitar as our core. SMS and email mostly, and no texts before 8 a.m. or after 9 p.m. local."],
        .fr: ["Notre problème, c'est le taux d'activation de l'espace adhérent : on est à 31 % un mois après l'adhésion, et la direction "
              + "veut 50 %. On voudrait un parcours par mail puis par SMS, déclenché depuis Salesforce quand le contrat est signé.",
              "On organise des bilans de santé en entreprise, et la moitié des salariés inscrits ne viennent pas au rendez-vous. On aimerait "
              + "les prévenir par SMS la veille et par mail une semaine avant, mais jamais le dimanche, et sans passer par leur adresse perso."],
    ]

    /// The briefs: each goal's first phrasing in each language, then each goal with the next one, for every prospect;
    /// then each reading's title, which takes the reading, for the first two; then needs heard at length.
    static func briefs(_ library: StoryLibrary, _ builder: NarrativeBuilder) throws -> [(label: String, locale: NarrativeLocale, text: String)] {
        let goals = builder.catalogue.goals
        var out: [(String, NarrativeLocale, String)] = []
        for locale in NarrativeLocale.allCases {
            let statements = goals.indices.map { goals[$0].phrasings[locale][0] }
                + goals.indices.map { "\(goals[$0].phrasings[locale][0]), \(goals[($0 + 1) % goals.count].phrasings[locale][1])" }
            let readings = goals.flatMap { $0.readings ?? [] }.map { $0.title[locale] }
            for (statement, prospects) in statements.map({ ($0, prospects) }) + readings.map({ ($0, Array(prospects.prefix(2))) })
                + (discoveryCalls[locale] ?? []).map({ ($0, prospects) }) {
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
