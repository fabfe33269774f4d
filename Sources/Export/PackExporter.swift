public import Archetypes
public import Foundation
public import StoryBuilder
import UsageStore

/// Writes narrative packs: a static HTML site, a Markdown folder, or the whole model as JSON.
///
/// A pack is written into a new folder beside the target, listed in its manifest and swapped in by rename when
/// complete (see ``ExportTarget``), so neither a failure nor a kill leaves a half-written pack behind. Nothing
/// written holds a control character.
public struct PackExporter: Sendable {
    public let source: PackSource
    public let library: StoryLibrary
    public let locales: [NarrativeLocale]
    public let prospects: [Prospect]
    /// Each prospect's brief page name, unique within the pack.
    let briefPages: [String]

    public init(source: PackSource, library: StoryLibrary, locales: [NarrativeLocale] = NarrativeLocale.allCases, prospects: [Prospect] = []) {
        self.source = source
        self.library = library
        var seen = Set<NarrativeLocale>()
        let unique = locales.filter { seen.insert($0).inserted }
        self.locales = unique.isEmpty ? NarrativeLocale.allCases : unique
        self.prospects = prospects
        var used = Set<String>()
        briefPages = prospects.map { prospect in
            let stem = Self.fileStem(prospect.slug)
            var name = "brief-\(stem)", suffix = 2
            while !used.insert("\(prospect.locale.rawValue)/\(name)").inserted {
                name = "brief-\(stem)-\(suffix)"
                suffix += 1
            }
            return name
        }
    }

    /// Longest stem of a brief's file name, in UTF-8 bytes.
    static let maxStemBytes = 60

    /// A slug cut to ``maxStemBytes`` on a character boundary, without a trailing dash.
    public static func fileStem(_ slug: String) -> String {
        var stem = ""
        for character in slug {
            guard stem.utf8.count + character.utf8.count <= maxStemBytes else { break }
            stem.append(character)
        }
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem.isEmpty ? "prospect" : stem
    }

    /// Writes the HTML pack into `folder`; returns the path of its `index.html`.
    @discardableResult
    public func writeHTML(to folder: URL, progress report: (String) -> Void = { _ in }) throws -> URL {
        func progress(_ text: String) { report(replacingControls(text)) }
        try ExportTarget(folder).replaceFolder { staging in
            for (position, locale) in locales.enumerated() {
                let pages = PackPages(source: source, library: library, locale: locale, locales: locales)
                let here = staging.appendingPathComponent(locale.rawValue)
                try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
                progress("\(locale.rawValue): index")
                let briefs = zip(prospects, briefPages).map { (prospect: $0, page: $1 + ".html") }
                if position == 0 { try write(pages.index(here: "", briefs: briefs), to: staging.appendingPathComponent("index.html")) }
                try write(pages.index(here: "\(locale.rawValue)/", briefs: briefs), to: here.appendingPathComponent("index.html"))
                for archetype in source.archetypes {
                    progress("\(locale.rawValue): archetype \(archetype.id)")
                    guard let page = try pages.archetype(archetype.id) else { continue }
                    try write(page, to: here.appendingPathComponent(PackPages.archetypePage(archetype.id)))
                }
                for (prospect, page) in briefs where prospect.locale == locale {
                    progress("\(locale.rawValue): brief for \(prospect.name ?? prospect.slug)")
                    try write(try pages.brief(prospect, here: "\(locale.rawValue)/"), to: here.appendingPathComponent(page))
                }
            }
        }
        return folder.appendingPathComponent("index.html")
    }

    /// Writes the Markdown pack: per locale, an index, one file per archetype (card, case story, figures) and the briefs.
    public func writeMarkdown(to folder: URL) throws {
        let builder = library.builder(analysis: source.analysis, run: source.run)
        try ExportTarget(folder).replaceFolder { staging in
            for locale in locales {
                let here = staging.appendingPathComponent(locale.rawValue)
                try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
                var index = ""
                for archetype in source.archetypes {
                    guard let story = builder.caseStory(archetype: archetype.id, locale: locale) else { continue }
                    let card = try library.render("archetype-card", story, format: .md)
                    // The index holds the cards; a page tells the story, so no fact is said twice on it.
                    let page = try library.render("case-story", story, format: .md) + "\n" + Self.figureList(story.figures, locale: locale)
                    try write(page, to: here.appendingPathComponent("archetype-\(archetype.id).md"))
                    index += card + "\n"
                }
                try write(index, to: here.appendingPathComponent("index.md"))
                for (prospect, page) in zip(prospects, briefPages) where prospect.locale == locale {
                    let pitch = try library.brief(prospect, builder: builder, format: .md)
                    try write(pitch.text + "\n" + Self.figureList(pitch.figures, locale: locale), to: here.appendingPathComponent(page + ".md"))
                }
            }
        }
    }

    /// The whole model: the run, every described archetype with its stories in each locale, and the briefs.
    public struct Model: Encodable {
        public var run: Int64
        public var createdAt: Date
        public var window: UsageWindow
        public var features: [FeatureDefinition]
        public var archetypes: [ArchetypeEntry]
        public var briefs: [Pitch]

        public struct ArchetypeEntry: Encodable {
            public var archetype: Archetype
            /// The case story per locale.
            public var stories: [String: Narrative]
        }
    }

    public func model() throws -> Model {
        let builder = library.builder(analysis: source.analysis, run: source.run)
        return Model(
            run: source.run, createdAt: source.createdAt, window: source.analysis.window, features: source.analysis.features,
            archetypes: source.archetypes.map { archetype in
                .init(archetype: archetype, stories: Dictionary(uniqueKeysWithValues: locales.compactMap { locale in
                    builder.caseStory(archetype: archetype.id, locale: locale).map { (locale.rawValue, $0) }
                }))
            },
            briefs: try prospects.map { try library.brief($0, builder: builder, format: .md) })
    }

    /// Writes ``model()`` as JSON to `file`, atomically: to a file beside it, then renamed over it.
    public func writeJSON(to file: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try ExportTarget(file).replaceFile(with: try encoder.encode(try model()))
    }

    /// The figures behind a Markdown page, one per line with its definition, in the locale's typography.
    static func figureList(_ figures: [Figure], locale: NarrativeLocale) -> String {
        let colon = locale == .fr ? " :" : ":"
        let list = figures.map { "- \(escapeMarkdown($0.text))\(colon) \(escapeMarkdown($0.definition))" }.joined(separator: "\n") + "\n"
        return LocaleGrammar.apostrophes(locale == .fr ? LocaleGrammar.frenchTypography(list) : list)
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(replacingControls(text).utf8).write(to: url)
    }
}

/// Prospects from a CSV (header: name, goals, industry, size, region, locale) or JSON (an array of the same) file.
public enum ProspectFile {
    public static func read(_ url: URL) throws -> [Prospect] {
        if url.pathExtension.lowercased() == "json" {
            let data = try Data(contentsOf: url)
            do { return try JSONDecoder().decode([Prospect].self, from: data) } catch {
                throw ExportError.prospects(path: url.path, line: nil, problem: "not a list of prospects: " + StoryError.describe(decoding: error))
            }
        }
        let table = try CSVTable(path: url.path)
        guard table.header.contains("goals") else { throw ExportError.prospects(path: url.path, line: 1, problem: "no \"goals\" column (expected name, goals, industry, size, region, locale)") }
        return try table.rows.map { line, fields in
            func field(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
            guard let goals = field("goals") else { throw ExportError.prospects(path: url.path, line: line, problem: "the prospect has no goals") }
            let locale = try field("locale").map { value in
                guard let locale = NarrativeLocale(rawValue: value.lowercased()) else {
                    throw ExportError.prospects(path: url.path, line: line, problem: "locale \"\(value)\" is not en or fr")
                }
                return locale
            } ?? .en
            return Prospect(name: field("name"), goals: goals, industry: field("industry"), size: field("size"), region: field("region"), locale: locale)
        }
    }
}
