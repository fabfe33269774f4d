import Archetypes
import ArgumentParser
import Export
import Foundation
import Runs
import StoryBuilder
import UsageStore

/// `conteur demo`: the main job on the shipped demo data, nothing to configure.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the shipped demo data into a fresh database and show what to run next.")

    @Option(help: "Folder for the demo database and outputs.") var out = "conteur-demo"
    @Option(help: "Folder holding Conteur's narratives (default: the shipped Narratives/).") var narratives: String?

    func run() throws {
        let corpus = try Resources.demoCorpus()
        let narrativesFolder = try Resources.narratives(narratives)
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("conteur.sqlite").path
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let store = try Store(path: database)
        let ingestor = Ingestor(store: store)
        print("Loading the demo data set (synthetic, no real customer data) into \(database)")
        for kind in [InputKind.accounts, .events, .outcomes] {
            let progress = ProgressLine()
            let report = try ingestor.ingest(corpus.appendingPathComponent("\(kind.rawValue).csv"), as: kind, progress: progress.update)
            progress.clear()
            print("  " + report.summary)
        }
        let info = try store.info()
        print("Loaded \(info.rowCounts["accounts"]!.formatted()) accounts, \(info.rowCounts["users"]!.formatted()) users, "
            + "\(info.rowCounts["events"]!.formatted()) usage records and \(info.rowCounts["outcomes"]!.formatted()) outcomes.")
        print("\nAnalyzing usage into archetypes…")
        let run = try RunArchive(store: store).analyze(options: AnalysisOptions(), lexicon: try Analyze.lexicon(narratives))
        let (id, analysis) = (run.record.id, run.analysis)
        Analyze.printSummary(id: id, analysis: analysis, wording: try TerminalWording(narratives: narratives))
        let library = try StoryLibrary(narratives: narrativesFolder)
        let briefs = folder.appendingPathComponent("briefs")
        try FileManager.default.createDirectory(at: briefs, withIntermediateDirectories: true)
        print("\nSample pitch briefs for the demo prospects:")
        let prospects = try ProspectFile.read(corpus.appendingPathComponent("prospects.json"))
        for prospect in prospects {
            let pitch = try library.brief(prospect, builder: library.builder(analysis: analysis, run: id), format: .md)
            let file = briefs.appendingPathComponent("\(prospect.slug).\(prospect.locale.rawValue).md")
            try Data(pitch.text.utf8).write(to: file, options: .atomic)
            print("  \(file.path)  (\(pitch.narrative.subject?.name ?? "no archetype fits"))")
        }
        let pack = try PackExporter(source: PackSource(run: id, createdAt: Date(), analysis: analysis), library: library, prospects: prospects)
            .writeHTML(to: folder.appendingPathComponent("pack"))
        print("\nNarrative pack (HTML, English and French): \(pack.path)")
        print("""

            Next:
              conteur archetypes --db \(database)
              conteur archetype 1 --db \(database)
              conteur at-risk --top 10 --db \(database)
              conteur members --db \(database) --format csv
              conteur lookup --db \(database) <an account id from Corpus/demo/accounts.csv>
              conteur pitch --db \(database) --goals "fewer cancellations and smoother Christmas peaks" --industry retail
            """)
    }
}
