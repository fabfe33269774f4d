public import Archetypes
public import Foundation
public import StoryBuilder
public import UsageStore

/// Hostile text that must only ever appear escaped.
public let hostileTexts = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{x}}"]

/// The shipped Narratives/ folder.
public let shippedNarratives = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Narratives")

/// A database of a generated corpus, analyzed and stored as a run; by default its accounts carry hostile
/// attribute values and one archetype is renamed to hostile text.
public struct TestDatabase: Sendable {
    public let corpus: LoadedCorpus
    public let run: Int64
    public let analysis: Analysis
    public var folder: URL { corpus.folder }
    public var store: Store { corpus.store }

    public static func make(accounts: Int = 300, months: Int = 6, seed: UInt64 = 5, hostile: Bool = true) throws -> TestDatabase {
        let corpus = try LoadedCorpus(accounts: accounts, months: months, seed: seed) { folder in
            if hostile { try makeHostile(folder.appendingPathComponent("accounts.csv")) }
        }
        var analysis = try corpus.analyze(AnalysisOptions(seed: 1))
        if hostile { analysis.archetypes[0].name = .init(en: hostileTexts[0], fr: hostileTexts[1], custom: true) }
        let run = try corpus.store.saveRun(parameters: "{}", seed: 1, datasetHashes: analysis.window.datasetHashes, k: analysis.k,
                                           silhouette: analysis.silhouette, timings: "{}", analysis: try JSONEncoder().encode(analysis), members: [])
        return TestDatabase(corpus: corpus, run: run, analysis: analysis)
    }

    /// Every third account's industry and region become hostile text (quoted CSV fields).
    static func makeHostile(_ accountsFile: URL) throws {
        var lines = try String(contentsOf: accountsFile, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let industry = header.firstIndex(of: "industry")!, region = header.firstIndex(of: "region")!
        for index in lines.indices.dropFirst() where index % 3 == 0 {
            var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let hostile = hostileTexts[(index / 3) % hostileTexts.count]
            fields[industry] = "\"" + hostile.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            fields[region] = "\"" + hostileTexts[(index / 3 + 1) % hostileTexts.count].replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines[index] = fields.joined(separator: ",")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: accountsFile, atomically: true, encoding: .utf8)
    }

    public func library() throws -> StoryLibrary { try StoryLibrary(narratives: shippedNarratives) }

    /// Prospects whose own fields are hostile too, in both locales.
    public static let prospects = [
        Prospect(name: hostileTexts[0], goals: "reduce churn and absorb Christmas peaks", industry: hostileTexts[1], region: "EMEA", locale: .en),
        Prospect(name: "Maison {{x}}", goals: "réduire l'attrition et automatiser nos campagnes", industry: "retail", locale: .fr),
    ]
}
