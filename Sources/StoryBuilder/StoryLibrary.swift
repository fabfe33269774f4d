public import Archetypes
public import Foundation

/// Everything stories are written from, loaded once: the goal catalogue, the phrase books and the templates.
public struct StoryLibrary: Sendable {
    public let catalogue: GoalCatalogue
    public let phrases: [NarrativeLocale: PhraseBook]
    public let templates: TemplateSet
    /// Trained once from the catalogue, shared by every builder.
    public let matcher: GoalMatcher

    /// - Parameters:
    ///   - narratives: the folder holding `goals.json` and `<locale>/phrases.json` (the shipped `Narratives/`).
    ///   - templates: a team's own template folder (default: `narratives`).
    ///   - goalsFiles: a team's own goal files, added to the built-in catalogue.
    public init(narratives: URL, templates: URL? = nil, goalsFiles: [URL] = []) throws {
        catalogue = try GoalCatalogue.load(builtIn: narratives.appendingPathComponent("goals.json"), extra: goalsFiles)
        matcher = GoalMatcher(catalogue: catalogue)
        var phrases: [NarrativeLocale: PhraseBook] = [:]
        for locale in NarrativeLocale.allCases {
            phrases[locale] = try PhraseBook.load(narratives.appendingPathComponent("\(locale.rawValue)/phrases.json"))
        }
        self.phrases = phrases
        self.templates = try TemplateSet(directory: templates ?? narratives)
    }

    public func builder(analysis: Analysis, run: Int64) -> NarrativeBuilder {
        NarrativeBuilder(analysis: analysis, run: run, catalogue: catalogue, phrases: phrases, matcher: matcher)
    }

    /// A pitch with its brief rendered in `format`, checked by the honesty guard.
    public func brief(_ prospect: Prospect, builder: NarrativeBuilder, format: NarrativeFormat) throws -> Pitch {
        var pitch = builder.pitch(prospect)
        pitch.text = try render("brief", pitch.narrative, format: format, british: Self.writesBritish(prospect.region))
        return pitch
    }

    /// Whether a prospect's region reads British spelling: outside North America, international business English does.
    static func writesBritish(_ region: String?) -> Bool {
        // "north-america", "North_America" and "North America" are one region.
        guard let region = region?.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            .trimmingCharacters(in: .whitespaces).uppercased(), !region.isEmpty else { return false }
        return !["NA", "NORTH AMERICA", "US", "USA", "CA", "CANADA", "AMER", "AMERICAS", "LATAM"].contains(region)
    }

    /// Renders a narrative with a template and verifies the result against its figures.
    public func render(_ template: String, _ narrative: Narrative, format: NarrativeFormat, british: Bool = false) throws -> String {
        // No control character or bidirectional override from data or from the prospect's words reaches output.
        var text = replacingControls(try templates.render(template, narrative, format: format))
        // A prospect who writes British spelling, or whose region reads it, reads it back.
        if narrative.locale == .en, british || narrative.words.map(BritishSpelling.isUsed) == true {
            text = BritishSpelling.apply(to: text, keeping: narrative.prospect)
        }
        try HonestyGuard.verify(text, narrative: narrative, html: format == .html, source: templates.file(template, narrative.locale).path)
        return text
    }
}
