import Archetypes
import Foundation
import UsageStore

/// Runs an analysis on the store and keeps it as a run; reads runs back.
enum RunArchive {
    /// Analyzes `[from, to)` (default: the whole span of the data) and stores the run.
    /// Everything is read from one snapshot, so a load running meanwhile cannot mix into the run.
    static func analyze(_ store: Store, options: AnalysisOptions, from: String?, to: String?, narratives: URL) throws -> (Int64, Analysis) {
        let snapshot = try store.snapshot()
        guard let span = try snapshot.eventSpan() else {
            throw ValidationErrorMessage("no usage events loaded yet: load them with `conteur ingest events FILE`")
        }
        let start = try from.map { try day($0, "--from") } ?? span.from
        let end = try to.map { try day($0, "--to") + 86_400 } ?? span.to
        guard end > start else { throw ValidationErrorMessage("--to must come after --from") }
        let started = Date()
        let (window, usage) = try snapshot.usage(from: start, to: end)
        guard !usage.isEmpty else { throw ValidationErrorMessage("no account has activity between --from and --to") }
        let read = Date().timeIntervalSince(started) * 1000
        let lexiconFile = narratives.appendingPathComponent("naming.json")
        let lexicon: NamingLexicon
        do { lexicon = try NamingLexicon(json: Data(contentsOf: lexiconFile)) } catch {
            throw ValidationErrorMessage("\(lexiconFile.path): cannot read the naming lexicon (\(error))")
        }
        var analysis = Analyzer.analyze(window: window, usage: usage, outcomes: try snapshot.outcomes(), options: options, lexicon: lexicon,
                                         supplied: try snapshot.suppliedFeatures())
        analysis.apply(try snapshot.nameOverrides().map { Analysis.ChosenName(en: $0.en, fr: $0.fr, members: $0.members) })
        analysis.timingsMs["features"] = (analysis.timingsMs["features"] ?? 0) + read.rounded()
        analysis.timingsMs["total"] = ((Date().timeIntervalSince(started)) * 1000).rounded()
        let encoder = storageEncoder()
        let parameters = String(decoding: try encoder.encode(options), as: UTF8.self)
        let timings = String(decoding: try encoder.encode(analysis.timingsMs), as: UTF8.self)
        let members = try analysis.members.map { member in
            RunMember(account: member.account, archetype: member.archetype, health: member.health.score,
                      status: member.health.status.rawValue,
                      reasons: String(decoding: try encoder.encode(member.health.reasons), as: UTF8.self))
        }
        let id = try store.saveRun(parameters: parameters, seed: options.seed, datasetHashes: window.datasetHashes, k: analysis.k,
                                   silhouette: analysis.silhouette, timings: timings, analysis: try encoder.encode(analysis), members: members)
        return (id, analysis)
    }

    /// The encoder for what runs store: compact JSON with sorted keys.
    static func storageEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// A stored run (the latest by default) and its analysis.
    static func load(_ store: Store, run: Int64? = nil) throws -> (RunRecord, Analysis) {
        guard let record = try store.run(run) else {
            throw ValidationErrorMessage(run.map { "no run \($0) in this database" } ?? "no analysis yet: run `conteur analyze` first")
        }
        return (record, try JSONDecoder().decode(Analysis.self, from: record.analysis))
    }

    private static func day(_ text: String, _ option: String) throws -> Int64 {
        guard let time = parseTimestamp(text) else { throw ValidationErrorMessage("\(option): \"\(text)\" is not a date (YYYY-MM-DD)") }
        return time / 86_400 * 86_400
    }
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
