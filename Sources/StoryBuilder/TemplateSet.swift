public import Foundation
import Mustache

/// How a rendered narrative is written out.
public enum NarrativeFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text: Markdown marks removed.
    case text
    /// Markdown, data escaped so that it never becomes markup.
    case md
    /// An HTML fragment, every value escaped.
    case html
}

/// A place in a template file and what is wrong there.
public struct TemplateProblem: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// The Mustache templates of every locale (`<dir>/en/*.mustache`, `<dir>/fr/*.mustache`, partials in `partials/`).
///
/// Templates write Markdown and lay narratives out; they add words, never numbers. Values are escaped
/// as Markdown text, so data never becomes markup in any output format.
public struct TemplateSet: Sendable {
    /// The templates every set must have, per locale.
    public static let required = ["brief", "case-story", "archetype-card"]

    public let directory: URL
    /// Per locale: template name → source text.
    let sources: [NarrativeLocale: [String: String]]
    private let libraries: [NarrativeLocale: MustacheLibrary]
    /// The content type that escapes values as Markdown text.
    private static let markdownEscaping = "CONTEUR_MARKDOWN"

    /// Loads and parses every template; a parse error is reported as `file:line:column: problem`.
    public init(directory: URL) throws {
        MustacheContentTypes.register(MarkdownEscaping(), named: Self.markdownEscaping)
        self.directory = directory
        var sources: [NarrativeLocale: [String: String]] = [:]
        var libraries: [NarrativeLocale: MustacheLibrary] = [:]
        for locale in NarrativeLocale.allCases {
            let folder = directory.appendingPathComponent(locale.rawValue)
            let files = Self.templateFiles(in: folder)
            guard !files.isEmpty else { throw StoryError.noTemplates(folder: folder.path, locale: locale) }
            var texts: [String: String] = [:]
            for (name, url) in files {
                guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                    throw StoryError.unreadable(path: url.path, what: "the template as UTF-8 text", reason: "")
                }
                do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
                    throw TemplateProblem(file: url.path, line: error.context.lineNumber, column: error.context.columnNumber + 1,
                                          message: Self.describe(error.error))
                }
                texts[name] = text
            }
            for name in Self.required where texts[name] == nil {
                throw StoryError.missingTemplate(folder: folder.path, name: name, locale: locale)
            }
            sources[locale] = texts
            var library = MustacheLibrary()
            for (name, text) in texts { try library.register("{{% CONTENT_TYPE: \(Self.markdownEscaping)}}" + text, named: name) }
            libraries[locale] = library
        }
        self.sources = sources
        self.libraries = libraries
    }

    /// Template name → file, for every `*.mustache` under `folder` (names keep their subfolder: `partials/results`).
    static func templateFiles(in folder: URL) -> [(String, URL)] {
        guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return [] }
        return paths.filter { $0.hasSuffix(".mustache") }.sorted().map {
            (String($0.dropLast(".mustache".count)), folder.appendingPathComponent($0))
        }
    }

    public func names(_ locale: NarrativeLocale) -> [String] { (sources[locale] ?? [:]).keys.sorted() }

    public func file(_ name: String, _ locale: NarrativeLocale) -> URL {
        directory.appendingPathComponent(locale.rawValue).appendingPathComponent(name + ".mustache")
    }

    /// Renders a narrative with the named template of its locale.
    public func render(_ name: String, _ narrative: Narrative, format: NarrativeFormat) throws -> String {
        let locale = narrative.locale
        guard let library = libraries[locale], library.getTemplate(named: name) != nil else {
            throw StoryError.missingTemplate(folder: directory.path, name: name, locale: locale)
        }
        var markdown = Self.tidy(library.render(narrative.templateContext, withTemplate: name) ?? "")
        markdown = LocaleGrammar.sentenceCapitals(markdown)
        if locale == .fr { markdown = LocaleGrammar.frenchTypography(markdown, names: narrative.verbatim) }
        if locale == .en { markdown = LocaleGrammar.contractions(markdown) }
        markdown = LocaleGrammar.apostrophes(markdown)
        switch format {
        case .md: return markdown
        case .text: return MarkdownRenderer.plain(markdown)
        case .html: return MarkdownRenderer.html(markdown)
        }
    }

    /// Collapses the blank lines that empty sections leave behind; a heading always follows a blank line and none follows it.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            // No blank line twice, at the start, or under a heading.
            if blank, lines.last.map({ $0.isEmpty || $0.hasPrefix("#") }) ?? true { continue }
            if line.hasPrefix("#"), let last = lines.last, !last.isEmpty { lines.append("") }
            lines.append(blank ? "" : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "section closed with a name that does not match its opening tag"
        case .unfinishedName: return "unfinished tag: a name is not closed by }}"
        case .expectedSectionEnd: return "section opened but never closed"
        case .invalidSetDelimiter: return "badly formed set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside a partial's inherit section"
        case .textInsideInheritSection: return "text inside a partial's inherit section"
        case .invalidConfigVariableSyntax: return "badly formed {{% … }} tag"
        case .unrecognisedConfigVariable: return "unknown {{% … }} setting"
        @unknown default: return "\(error)"
        }
    }
}

/// Escapes Markdown punctuation, and flattens line breaks, so data never turns into Markdown markup.
struct MarkdownEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { escapeMarkdown(text) }
}
