import Archetypes
import Foundation
import Testing
import TestSupport
@testable import StoryBuilder

/// The analysis core returns codes; the phrase books put them into words in each locale, at output time.
@Suite struct AnalysisWordingTests {
    static let library = Result { try StoryLibrary(narratives: shippedNarratives) }

    static let reasons: [(Health.Reason, String, String)] = [
        (.activityDown(percent: 100, weeks: 5), "activity down 100% over the last 5 weeks",
         "activité en baisse de 100\u{00A0}% sur les 5 dernières semaines"),
        (.seatsIdle(active: 0, seats: 25), "0 of 25 seats active", "0 licences actives sur 25"),
        (.inactive(days: 1), "no activity for 1 day", "aucune activité depuis 1 jour"),
        (.inactive(days: 90), "no activity for 90 days", "aucune activité depuis 90 jours"),
        (.rarelyActive(percent: 40), "active in only 40% of weeks", "active seulement 40\u{00A0}% des semaines"),
        (.activityDown(percent: 35, weeks: 1), "activity down 35% over the last week", "activité en baisse de 35\u{00A0}% sur la dernière semaine"),
        (.unusedCommonFeature(feature: "report"), "no use of reports, which most similar accounts use",
         "aucune utilisation de rapports, que la plupart des comptes semblables utilisent"),
    ]

    @Test(arguments: reasons.indices)
    func healthReasonsInBothLocales(_ index: Int) throws {
        let (reason, en, fr) = Self.reasons[index]
        let phrases = try Self.library.get().phrases
        #expect(phrases[.en]!.healthReason(reason, grammar: LocaleGrammar(.en)) == en)
        #expect(phrases[.fr]!.healthReason(reason, grammar: LocaleGrammar(.fr)) == fr)
    }

    @Test func notesAndFeatureLabelsInBothLocales() throws {
        let phrases = try Self.library.get().phrases
        #expect(phrases[.en]!.note(.suppliedFeatures(count: 2, leftOut: 2), grammar: LocaleGrammar(.en))
            == "clustered on 2 supplied features; 2 accounts without them were left out")
        #expect(phrases[.fr]!.note(.tooFewToSplit(accounts: 7, threshold: 5), grammar: LocaleGrammar(.fr)).hasPrefix("7 comptes"))
        let weeks = FeatureDefinition(id: "weeks_active", unit: "%", logScaled: false, weight: 1)
        #expect(phrases[.en]!.featureLabel(weeks) == "share of weeks active")
        #expect(phrases[.fr]!.featureLabel(weeks) == "part des semaines actives")
        #expect(phrases[.fr]!.featureLabel(FeatureDefinition(id: "nps", unit: "", logScaled: false, weight: 1)) == "nps")
    }

    @Test(arguments: [
        (0.5, "events/week", "2.2 events a month", "2,2 événements par mois"),
        (0.1, "events/week", "5.2 events a year", "5,2 événements par an"),
        (3, "events/week", "3 events a week", "3 événements par semaine"),
        (0.25, "value/week", "1.1 a month", "1,1 par mois"),
    ] as [(Double, String, String, String)])
    func ratesBelowOneAWeekAreSaidPerMonthOrYear(_ value: Double, _ unit: String, _ en: String, _ fr: String) throws {
        let phrases = try Self.library.get().phrases
        #expect(phrases[.en]!.measure(value, unit: unit, grammar: LocaleGrammar(.en)) == en)
        #expect(phrases[.fr]!.measure(value, unit: unit, grammar: LocaleGrammar(.fr)) == fr)
    }

    @Test func theHealthModelIsStatedInBothLocales() throws {
        let phrases = try Self.library.get().phrases
        let en = phrases[.en]!.healthModel(purchases: false, grammar: LocaleGrammar(.en)), fr = phrases[.fr]!.healthModel(purchases: false, grammar: LocaleGrammar(.fr))
        #expect(en.contains("own rhythm (20%)") && fr.contains("rythme propre au compte (20\u{00A0}%)"))
    }
}
