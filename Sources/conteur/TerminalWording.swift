import Archetypes
import Foundation
import Runs
import StoryBuilder
import UsageStore

/// Words for the terminal, from the English phrase book: feature labels, health reasons, analysis notes.
struct TerminalWording {
    let phrases: PhraseBook
    let grammar = LocaleGrammar(.en)

    init(narratives: String? = nil) throws {
        phrases = try PhraseBook.load(try Resources.narratives(narratives).appendingPathComponent("en/phrases.json"))
    }

    func reason(_ reason: Health.Reason) -> String { phrases.healthReason(reason, grammar: grammar) }
    func note(_ note: Analysis.Note) -> String { phrases.note(note, grammar: grammar) }
    func feature(_ feature: FeatureDefinition) -> String { phrases.featureLabel(feature) }
    /// A value in natural units, as stories write it (rates below one a week said per month or per year).
    func measure(_ value: Double, _ unit: String) -> String { phrases.measure(value, unit: unit, grammar: grammar) }
}
