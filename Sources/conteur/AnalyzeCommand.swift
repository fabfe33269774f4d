import Archetypes
import ArgumentParser
import Foundation
import PostgresStore
import Runs
import StoryBuilder
import UsageStore

/// `conteur analyze`: mine the loaded usage into archetypes and health, stored as a run.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Group accounts into usage archetypes, profile them and score every account's health.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Number of archetypes (default: chosen over 2…12 by silhouette).") var k: Int?
    @Option(help: "Random seed: the same seed gives the same archetypes.") var seed: UInt64 = 42
    @Option(help: "Privacy threshold: smallest group described.") var minSize = 5
    @Option(help: "First day analyzed (YYYY-MM-DD; default: first event).") var from: String?
    @Option(help: "Last day analyzed (YYYY-MM-DD; default: last event).") var to: String?
    @Option(help: "Folder holding Conteur's narratives (default: the shipped Narratives/).") var narratives: String?
    @Flag(help: "Print JSON.") var json = false

    @Option(help: ArgumentHelp(
        "Analyse tables of this PostgreSQL server in place, without ingesting: postgres://user:password@host:port/database.",
        discussion: "Only per-account aggregates leave the server; accounts are pseudonymized on arrival with the --db store's key, where the run lands."))
    var source: String?
    @Option(help: "With --source: the events table (schema.table).") var eventsTable: String?
    @Option(help: "With --source: the tables' columns, canonical=column,... (account=org_id,time=occurred_at,user=…,event=…,count=…,duration=…,value=…).")
    var map: String?
    @Option(help: "With --source: a table of account profiles (schema.table), read by the accounts file's columns.") var accountsTable: String?
    @Option(help: "With --source: a table of outcomes (schema.table), read by the outcomes file's columns.") var outcomesTable: String?
    @Flag(help: "With --source: leave out the rows that break the input contract instead of refusing the table.") var skipBad = false

    func validate() throws {
        if let k, !(1...50).contains(k) { throw ValidationError("--k must be between 1 and 50") }
        guard minSize >= 1 else { throw ValidationError("--min-size must be at least 1") }
        if source != nil && eventsTable == nil { throw ValidationError("--source needs --events-table (schema.table)") }
        if source == nil {
            let given = [("--events-table", eventsTable != nil), ("--map", map != nil), ("--accounts-table", accountsTable != nil),
                         ("--outcomes-table", outcomesTable != nil), ("--skip-bad", skipBad)].filter(\.1).map(\.0)
            if let first = given.first { throw ValidationError("\(first) reads tables in place: give the server with --source postgres://…") }
        }
    }

    func run() throws {
        let options = AnalysisOptions(k: k, seed: seed, minSize: minSize)
        let wording = try TerminalWording(narratives: narratives)
        let from = try Self.parseDay(from, "--from"), to = try Self.parseDay(to, "--to").map { $0 + 86_400 }
        let lexicon = try Self.lexicon(narratives)
        var tables: PostgresTableSource?
        let run: StoredRun
        if let source, let eventsTable {
            let url: PostgresURL
            do { url = try PostgresURL(source) } catch PostgresStoreError.badURL(let reason) {
                throw ValidationError("--source: not a PostgreSQL URL: \(reason)")
            }
            let mapping = try map.map { try ColumnMapping(parsing: $0) } ?? ColumnMapping()
            let progress = ProgressLine()
            progress.update(message: "analysing \(eventsTable) in place on \(url)…")
            defer { progress.clear() }
            // A new SQLite store is only created once the tables have passed their checks; it would have the
            // identifier columns every store starts with.
            let fresh = !store.isPostgres && !FileManager.default.fileExists(atPath: store.path)
            let opened = try PostgresTableSource(
                url: url, events: eventsTable, accounts: accountsTable, outcomes: outcomesTable, mapping: mapping,
                identifierColumns: fresh ? ["account", "user"] : try store.open(.readWrite).analysis.identifierColumns(), skipBad: skipBad)
            tables = opened
            defer { opened.close() }
            _ = try opened.eventSpan()
            run = try store.archive(.readWrite).analyze(inPlace: opened, options: options, from: from, to: to, lexicon: lexicon)
        } else {
            run = try store.archive(.readWrite).analyze(options: options, from: from, to: to, lexicon: lexicon)
        }
        if json {
            try JSONOutput.print(AnalyzeOutput(id: run.record.id, analysis: run.analysis, wording: wording, sources: tables?.sources))
            return
        }
        Self.printSummary(id: run.record.id, analysis: run.analysis, wording: wording)
        if let tables { Self.printSources(tables) }
    }

    /// What an analysis in place read, table by table, and what it left out.
    static func printSources(_ tables: PostgresTableSource) {
        let read = tables.sources.map { source in
            "\(source.name) (\(source.rows.formatted()) \(source.kind == .accounts ? "accounts" : "rows")"
                + (source.rejected > 0 ? ", \(source.rejected.formatted()) left out" : "") + ")"
        }
        print("Read in place on \(tables.url): \(read.joined(separator: ", ")); only per-account aggregates left the server, "
            + "accounts pseudonymized on arrival")
        for source in tables.sources {
            for problem in source.problems { print("  left out of \(source.name): \(problem)") }
        }
    }

    /// The naming lexicon of the narratives folder.
    static func lexicon(_ narratives: String?) throws -> NamingLexicon {
        let file = try Resources.narratives(narratives).appendingPathComponent("naming.json")
        do { return try NamingLexicon(json: Data(contentsOf: file)) } catch {
            throw CommandError.lexicon(path: file.path, reason: error.localizedDescription)
        }
    }

    static func printSummary(id: Int64, analysis: Analysis, wording: TerminalWording) {
        let window = analysis.window
        print("Run \(id): \(analysis.members.count.formatted()) accounts, \(day(window.from)) to \(day(window.to - 1)), seed \(analysis.options.seed)")
        for note in analysis.notes ?? [] { print(wording.note(note)) }
        print("\(analysis.k) archetype\(analysis.k == 1 ? "" : "s"), silhouette \(String(format: "%.3f", analysis.silhouette)), "
            + "in \(Int(analysis.timingsMs["total"] ?? 0)) ms")
        let scores = analysis.trials.map { trial in
            "k=\(trial.k) \(String(format: "%.3f", trial.silhouette))" + (trial.k == analysis.k ? " (chosen)" : "")
                + (trial.eligible ? (trial.describable == false ? " (a group nothing sets apart)" : "") : " (a group under \(analysis.options.minSize))")
        }
        if !scores.isEmpty { print("Silhouette by k: " + scores.joined(separator: ", ")) }
        let uses = analysis.featureUses ?? []
        print("Features used: " + analysis.features.map { wording.feature($0) }.joined(separator: ", "))
        for line in uses.compactMap(wording.phrases.featureUse) { print("  " + line) }
        for archetype in analysis.archetypes {
            let share = String(format: "%.0f %%", archetype.share * 100)
            let features = archetype.distinguishing.prefix(3).map { "\($0.direction == .higher ? "↑" : "↓") \($0.feature)" }
            print("  \(archetype.id). \(archetype.name.en) / \(archetype.name.fr): \(archetype.size) accounts (\(share)); "
                + features.joined(separator: ", "))
        }
        let atRisk = analysis.members.filter { $0.health.status == .atRisk }.count
        print("Health: \(atRisk) accounts at risk" + (analysis.healthAUC.map { String(format: "; separates renewed from not renewed with ROC AUC %.2f", $0) } ?? ""))
    }

    static func day(_ time: Int64) -> String {
        Date(timeIntervalSince1970: TimeInterval(time)).formatted(.iso8601.year().month().day())
    }

    /// A day given on the command line (`--from`, `--to`), as Unix seconds at midnight UTC.
    static func parseDay(_ text: String?, _ option: String) throws -> Int64? {
        guard let text else { return nil }
        guard let time = parseTimestamp(text) else { throw CommandError.notADate(option: option, text: text) }
        return time / 86_400 * 86_400
    }
}
