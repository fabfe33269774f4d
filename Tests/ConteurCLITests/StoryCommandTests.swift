import Foundation
import Testing

/// The story commands end to end on the shipped demo data, with golden briefs in both locales.
@Suite(.serialized) struct StoryCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    /// `CONTEUR_RECORD=1 swift test --filter StoryCommandTests` records the demo briefs as the new golden text.
    static let recording = ProcessInfo.processInfo.environment["CONTEUR_RECORD"] == "1"

    @Test func demoWritesTheGoldenBriefsAndPitchAnswers() throws {
        let work = try CommandLineTests.Workspace()
        let demo = work.folder.appendingPathComponent("demo")
        let output = try work.run(["demo", "--out", demo.path])
        #expect(output.contains("Sample pitch briefs"))
        let briefs = try FileManager.default.contentsOfDirectory(atPath: demo.appendingPathComponent("briefs").path).sorted()
        #expect(briefs.contains { $0.hasSuffix(".en.md") } && briefs.contains { $0.hasSuffix(".fr.md") })
        for name in briefs {
            let text = try String(contentsOf: demo.appendingPathComponent("briefs/\(name)"), encoding: .utf8)
            let goldenFile = Self.golden.appendingPathComponent(name)
            if Self.recording {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                try text.write(to: goldenFile, atomically: true, encoding: .utf8)
            } else {
                #expect(text == (try? String(contentsOf: goldenFile, encoding: .utf8)), "\(name) differs from its golden text; re-record with CONTEUR_RECORD=1")
            }
        }

        // The demo ends with the HTML pack.
        let index = demo.appendingPathComponent("pack/index.html")
        #expect(output.contains("Narrative pack (HTML, English and French): \(index.path)"))
        #expect(FileManager.default.fileExists(atPath: index.path))

        // Every next step the demo suggests runs as printed, from where the demo was run.
        let next = try #require(output.components(separatedBy: "Next:\n").last).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(next.count == 6)
        for command in next {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", command]
            shell.currentDirectoryURL = work.folder
            shell.standardOutput = FileHandle.nullDevice
            shell.standardError = FileHandle.nullDevice
            try shell.run()
            shell.waitUntilExit()
            #expect(shell.terminationStatus == 0, "\(command)")
        }

        let database = demo.appendingPathComponent("conteur.sqlite").path
        let model = demo.appendingPathComponent("model.json"), markdown = demo.appendingPathComponent("md")
        let prospects = demo.appendingPathComponent("prospects.csv")
        try "name,goals,locale\nAcme,reduce churn,fr\n".write(to: prospects, atomically: true, encoding: .utf8)
        let exported = try work.run(["export", "--db", database, "--json", model.path, "--md", markdown.path, "--locale", "fr",
                                     "--prospects", prospects.path])
        #expect(exported.contains("Markdown pack") && exported.contains("JSON model"))
        #expect(FileManager.default.fileExists(atPath: markdown.appendingPathComponent("fr/brief-acme.md").path))
        #expect(!FileManager.default.fileExists(atPath: markdown.appendingPathComponent("en").path))
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: model)) is [String: Any])
        try work.run(["export", "--db", database, "--html", demo.path], expect: 1)
        try work.run(["export", "--db", database], expect: 64)

        let json = try work.run(["pitch", "--db", database, "--goals", "Black Friday peaks swamp us, and we keep losing customers to churn", "--prospect", "Acme",
                                 "--industry", "retail", "--locale", "en", "--format", "json"])
        let pitch = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(pitch.keys).isSuperset(of: ["prospect", "locale", "goals", "archetypes", "narrative", "figures", "text"]))
        #expect(pitch["prospect"] as? String == "Acme" && pitch["locale"] as? String == "en")
        let goals = try #require(pitch["goals"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(goals).isSuperset(of: ["absorb-peaks", "reduce-churn"]))
        let chosen = try #require((pitch["archetypes"] as? [[String: Any]])?.first)
        #expect(chosen["name"] is String && !((chosen["reasons"] as? [String]) ?? []).isEmpty)
        let figures = try #require(pitch["figures"] as? [[String: Any]])
        #expect(figures.allSatisfy { Set($0.keys).isSuperset(of: ["id", "value", "text", "definition", "accounts", "run"]) })

        // Control characters and bidirectional overrides in the prospect's words never reach the terminal.
        for format in ["text", "json", "html"] {
            let hostile = try work.run(["pitch", "--db", database, "--goals", "reduce churn \u{1B}[31m\u{07}", "--prospect", "Acme\u{202E}moc.evil",
                                        "--format", format])
            #expect(!hostile.unicodeScalars.contains { [0x1B, 0x07, 0x202E].contains($0.value) }, "\(format)")
        }

        let html = demo.appendingPathComponent("brief.html")
        try work.run(["pitch", "--db", database, "--goals", "réduire l'attrition", "--locale", "fr", "--format", "html", "--out", html.path])
        #expect(try String(contentsOf: html, encoding: .utf8).contains("<h1>"))

        let matched = try work.run(["goals", "--match", "we need a new coffee machine", "--json"])
        #expect(matched.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "") == "{\"goals\":[]}")
        #expect(try work.run(["goals"]).contains("reduce-churn"))
        #expect(try work.run(["templates", "check"]).contains("no problem found"))

        // A team's template set with a mistake: the check names the place and fails.
        let broken = work.folder.appendingPathComponent("templates")
        for locale in ["en", "fr"] {
            try FileManager.default.createDirectory(at: broken.appendingPathComponent(locale), withIntermediateDirectories: true)
            for name in ["brief", "case-story", "archetype-card"] {
                try "# {{headline}}\n{{prospekt}}\n".write(to: broken.appendingPathComponent("\(locale)/\(name).mustache"), atomically: true, encoding: .utf8)
            }
        }
        let problems = try work.run(["templates", "check", broken.path], expect: 1)
        #expect(problems.contains("en/brief.mustache:2:1: unknown variable \"prospekt\""))
    }
}
