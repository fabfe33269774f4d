import Foundation
import Testing
import TestSupport
@testable import StoryBuilder

struct TemplateTests {
    @Test func theShippedTemplatesHaveNoProblem() {
        #expect(TemplateChecker.check(directory: narratives).map(\.description) == [])
    }

    /// Templates see the same names as the narrative's JSON, at every level, so the check's model is the rendered one.
    @Test func theTemplateContextHasTheJSONKeys() throws {
        func keys(_ value: Any, _ path: String = "") -> Set<String> {
            switch value {
            case let dictionary as [String: Any]:
                return Set(dictionary.keys.map { path + $0 }).union(dictionary.flatMap { keys($0.value, path + $0.key + ".") })
            case let array as [Any]: return array.first.map { keys($0, path) } ?? []
            default: return []
            }
        }
        let sample = Narrative.sample(.fr)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(sample))
        #expect(keys(sample.templateContext) == keys(json))
    }

    /// A template set with one file per kind of mistake, each at a known place.
    @Test func problemsComeWithFileLineAndColumn() throws {
        let folder = try temporaryFolder("conteur-check")
        for locale in NarrativeLocale.allCases {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("\(locale.rawValue)/partials"), withIntermediateDirectories: true)
            for name in ["case-story", "archetype-card"] {
                try "# {{headline}}\n".write(to: folder.appendingPathComponent("\(locale.rawValue)/\(name).mustache"), atomically: true, encoding: .utf8)
            }
        }
        func write(_ path: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try write("en/brief.mustache", "# {{headline}}\n\n{{#subject}}\n  {{nmae}} and {{name}}\n{{/subject}}\n{{> partials/missing}}\nTrusted by 500 teams.\n{{{challenge}}}\n")
        try write("fr/brief.mustache", "# {{headline}}\n{{#goals}}\n- {{title}}\n")
        try write("en/partials/extra.mustache", "{{#results}}{{sentence}}{{/results}} {{count(results)}}\n")
        try write("fr/case-story.mustache", "# {{headline}}\nAnalyse {{run}}\n")
        let problems = TemplateChecker.check(directory: folder).map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(problems.contains("en/brief.mustache:4:3: unknown variable \"nmae\""))
        #expect(problems.contains("en/brief.mustache:6:1: unknown partial \"partials/missing\""))
        #expect(problems.contains("en/brief.mustache:7:12: a number in template text: numbers must come from the narrative's figures"))
        #expect(problems.contains { $0.hasPrefix("en/brief.mustache:8:1: unescaped value \"challenge\"") })
        #expect(problems.contains { $0.hasPrefix("fr/brief.mustache:") && $0.contains("section opened but never closed") })
        #expect(!problems.contains { $0.contains("\"name\"") })
        #expect(problems.contains("fr/case-story.mustache:2:9: \"run\" prints a raw number; print a figure's text instead"))
        // A partial nobody includes is not scanned; the same partial included is.
        #expect(!problems.contains { $0.hasPrefix("en/partials/extra.mustache") })
        try write("en/case-story.mustache", "# {{headline}}\n{{> partials/extra}}\n")
        let included = TemplateChecker.check(directory: folder).map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(included.contains("en/partials/extra.mustache:1:38: count(…) prints a number that is not one of the narrative's figures"))
        // Loading the set for rendering stops at the parse error, with its place.
        let error = try #require(throws: TemplateProblem.self) { try TemplateSet(directory: folder) }
        #expect(error.file.hasSuffix("fr/brief.mustache"))
    }

    @Test(arguments: [
        ("# Title\n\nSome *em* and **strong**.\n\n- one\n- two\n", "<h1>Title</h1>\n<p>Some <em>em</em> and <strong>strong</strong>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"),
        ("a \\<b\\> & \\*c\\*", "<p>a &lt;b&gt; &amp; *c*</p>\n"),
        ("> quoted 'x'", "<blockquote><p>quoted &#39;x&#39;</p></blockquote>\n"),
    ])
    func markdownToHTML(_ markdown: String, _ html: String) {
        #expect(MarkdownRenderer.html(markdown) == html)
    }

    @Test func plainTextDropsMarks() {
        #expect(MarkdownRenderer.plain("# Brief\n\n**Bold** \\*kept\\*\n\n- item\n") == "Brief\n=====\n\nBold *kept*\n\n• item\n")
    }

    @Test(arguments: [
        ("{name} and {Name}", ["name": "équipe"], "équipe and Équipe"),
        ("{missing} stays", [:], "{missing} stays"),
        ("no slots", [:], "no slots"),
    ])
    func phraseSlots(_ pattern: String, _ slots: [String: String], _ expected: String) {
        #expect(PhraseBook.fill(pattern, slots) == expected)
    }
}
