import Foundation
import Testing
import TestSupport
@testable import Export
@testable import StoryBuilder
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The HTML pack of a database full of hostile text, written once for the suite.
enum PackFixture {
    static let database = try! TestDatabase.make()
    static let library = try! database.library()
    static let source = PackSource(run: database.run, createdAt: Date(timeIntervalSince1970: 1_790_000_000), analysis: database.analysis)
    static let exporter = PackExporter(source: source, library: library, prospects: TestDatabase.prospects)
    static let folder: URL = {
        let folder = database.folder.appendingPathComponent("pack")
        try! exporter.writeHTML(to: folder)
        return folder
    }()

    static func pages() throws -> [(String, String)] {
        let paths = FileManager.default.subpaths(atPath: folder.path)!.filter { $0.hasSuffix(".html") }.sorted()
        return try paths.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }
}

@Suite(.serialized) struct PackTests {
    @Test func everyPageIsWellFormedWithItsCharts() throws {
        let pages = try PackFixture.pages()
        let archetypes = PackFixture.source.archetypes
        #expect(pages.count == 1 + 2 * (1 + archetypes.count) + TestDatabase.prospects.count)
        for (path, html) in pages {
            let parser = XMLParser(data: Data(html.utf8))
            #expect(parser.parse(), "\(path) is not well formed: \(String(describing: parser.parserError))")
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<h1>"), "\(path)")
            let charts = html.components(separatedBy: "<svg").count - 1
            if path.contains("archetype-") {
                #expect(charts >= 4, "\(path) has \(charts) charts")
                for id in ["profile-", "outcomes-", "activity-", "health-"] { #expect(html.contains("id=\"\(id)"), "\(path): \(id)") }
                #expect(html.contains("class=\"figures\""))
            } else if path.hasSuffix("index.html") {
                #expect(charts == 1, "\(path)")
            }
            #expect(html.contains("role=\"img\"") == (charts > 0))
        }
    }

    @Test func noPageReferencesAnotherHostOrRunsAScript() throws {
        for (path, page) in try PackFixture.pages() {
            // The SVG namespace is a name, not a request.
            let html = page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            for needle in ["http://", "https://", "src=\"//", "href=\"//", "<script", "<link", "@import", "url("] {
                #expect(!html.contains(needle), "\(path) contains \(needle)")
            }
        }
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        var escapedSeen = 0
        for (path, html) in try PackFixture.pages() {
            #expect(!html.contains("<script>alert(1)</script>"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            if html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { escapedSeen += 1 }
        }
        #expect(escapedSeen > 0)
        // Mustache-looking data is printed as it is, never evaluated.
        #expect(try PackFixture.pages().contains { $0.1.contains("{{x}}") })
    }

    @Test func languageSwitchAndLinksPointAtPagesThatExist() throws {
        let pages = Dictionary(uniqueKeysWithValues: try PackFixture.pages())
        for (path, html) in pages {
            let base = URL(fileURLWithPath: "/" + path).deletingLastPathComponent()
            for match in html.matches(of: /href="([^"#]+)"/) {
                let target = base.appendingPathComponent(String(match.1)).standardized.path.dropFirst()
                #expect(pages[String(target)] != nil, "\(path) links to missing \(target)")
            }
        }
        #expect(pages["en/index.html"]!.contains("href=\"../fr/index.html\""))
        #expect(pages["index.html"]!.contains("href=\"fr/index.html\""))
    }

    @Test func markdownAndJSONPacks() throws {
        let folder = PackFixture.database.folder.appendingPathComponent("md")
        try PackFixture.exporter.writeMarkdown(to: folder)
        let files = FileManager.default.subpaths(atPath: folder.path)!.filter { $0.hasSuffix(".md") }
        #expect(files.contains("en/index.md") && files.contains("fr/index.md"))
        #expect(files.filter { $0.contains("brief-") }.count == TestDatabase.prospects.count)
        let index = try String(contentsOf: folder.appendingPathComponent("en/index.md"), encoding: .utf8)
        #expect(index.contains("\\<script\\>"))

        let file = PackFixture.database.folder.appendingPathComponent("model.json")
        try PackFixture.exporter.writeJSON(to: file)
        let model = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        #expect((model["archetypes"] as? [Any])?.count == PackFixture.source.archetypes.count)
        #expect((model["briefs"] as? [Any])?.count == TestDatabase.prospects.count)
        #expect(model["run"] as? Int == Int(PackFixture.database.run))
    }

    @Test func aFolderOfOtherFilesIsRefusedAndLeftAsItWas() throws {
        let folder = PackFixture.database.folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "keep me".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(throws: ExportError.foreignFolder(path: folder.path)) { try PackFixture.exporter.writeHTML(to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        // A previous pack is replaced whole; a file added to it is not Conteur's to delete (see PackReplaceTests).
        let pack = PackFixture.database.folder.appendingPathComponent("again")
        try PackFixture.exporter.writeHTML(to: pack)
        try FileManager.default.removeItem(at: pack.appendingPathComponent("en/index.html"))
        try PackFixture.exporter.writeHTML(to: pack)
        #expect(FileManager.default.fileExists(atPath: pack.appendingPathComponent("en/index.html").path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: PackFixture.database.folder.path)
        #expect(!siblings.contains { $0.contains("staging") })
    }

    @Test func aOneLocalePackLinksNowhereElseAndNamesBriefsApart() throws {
        let twins = [Prospect(name: "Acme", goals: "reduce churn", locale: .fr), Prospect(name: "ACME", goals: "grow revenue", locale: .fr)]
        let exporter = PackExporter(source: PackFixture.source, library: PackFixture.library, locales: [.fr, .fr], prospects: twins)
        let folder = PackFixture.database.folder.appendingPathComponent("fr-only")
        try exporter.writeHTML(to: folder)
        let files = FileManager.default.subpaths(atPath: folder.path)!.sorted()
        #expect(!files.contains { $0.hasPrefix("en") })
        #expect(files.contains("fr/brief-acme.html") && files.contains("fr/brief-acme-2.html"))
        for file in files where file.hasSuffix(".html") {
            let html = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!html.contains("en/"), "\(file) links to the English pages")
        }
        let blocker = PackFixture.database.folder.appendingPathComponent("a-file")
        try "keep".write(to: blocker, atomically: true, encoding: .utf8)
        #expect(throws: ExportError.fileInTheWay(path: blocker.path)) { try exporter.writeHTML(to: blocker) }
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "keep")
    }

    /// A name too long for a file name makes a brief name cut on a character boundary, still apart from the others.
    @Test func aLongProspectNameMakesAShortBriefName() throws {
        let long = String(repeating: "Société Générale de Distribution ", count: 20)
        let names = [long, long + "bis", String(repeating: "東京海上日動", count: 40), String(repeating: "ß", count: 300)]
        let exporter = PackExporter(source: PackFixture.source, library: PackFixture.library, locales: [.en],
                                    prospects: names.map { Prospect(name: $0, goals: "reduce churn", locale: .en) })
        try withScratchFolder { scratch in
            try exporter.writeHTML(to: scratch.appendingPathComponent("pack"))
            let briefs = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("pack/en").path).filter { $0.hasPrefix("brief-") }
            #expect(Set(briefs).count == names.count)
            for brief in briefs { #expect(brief.utf8.count <= "brief--99.html".utf8.count + PackExporter.maxStemBytes, "\(brief)") }
        }
        #expect(PackExporter.fileStem(String(repeating: "e\u{301}", count: 40)) == String(repeating: "e\u{301}", count: 20))
        #expect(PackExporter.fileStem("a" + String(repeating: "東", count: 40)) == "a" + String(repeating: "東", count: 19))
        #expect(PackExporter.fileStem(String(repeating: "ab-", count: 30)) == String(repeating: "ab-", count: 20).dropLast(1).description)
        #expect(PackExporter.fileStem("acme") == "acme")
    }

    @Test func prospectFilesInCSVAndJSON() throws {
        let folder = PackFixture.database.folder
        let csv = folder.appendingPathComponent("prospects.csv")
        try "name,goals,industry,size,region,locale\nAcme,\"reduce churn, please\",retail,51-200,EMEA,fr\nBeta,grow revenue,,,,\n".write(to: csv, atomically: true, encoding: .utf8)
        let prospects = try ProspectFile.read(csv)
        #expect(prospects.map(\.name) == ["Acme", "Beta"] && prospects[0].goals == "reduce churn, please" && prospects[0].locale == .fr)
        #expect(prospects[1].industry == nil && prospects[1].locale == .en)
        try "name,goals,locale\nAcme,reduce churn,de\n".write(to: csv, atomically: true, encoding: .utf8)
        let error = try #require(throws: ExportError.self) { try ProspectFile.read(csv) }
        #expect(error == .prospects(path: csv.path, line: 2, problem: "locale \"de\" is not en or fr"))
    }
}
