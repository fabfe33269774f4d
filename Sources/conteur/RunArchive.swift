import Archetypes
import Foundation
import Runs
import StoryBuilder
import UsageStore

extension StoreOptions {
    /// The runs of the store, opened for reading or writing.
    func archive(_ access: Store.Access = .readOnly) throws -> RunArchive { RunArchive(store: try open(access)) }
}

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
}

/// A day given on the command line (`--from`, `--to`), as Unix seconds at midnight UTC.
func parseDay(_ text: String?, _ option: String) throws -> Int64? {
    guard let text else { return nil }
    guard let time = parseTimestamp(text) else { throw ValidationErrorMessage("\(option): \"\(text)\" is not a date (YYYY-MM-DD)") }
    return time / 86_400 * 86_400
}

/// JSON output shared by the commands.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        Swift.print(try string(value))
    }

    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
