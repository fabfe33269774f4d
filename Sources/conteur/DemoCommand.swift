import Archetypes
import ArgumentParser
import Export
import Foundation
import Runs
import StoryBuilder
import UsageStore

/// `conteur demo`: the main job on the shipped demo data, nothing to configure.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Load the shipped demo data into a fresh database and show what to run next.")

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
        let run = try RunArchive(store: store).analyze(options: AnalysisOptions(), lexicon: try AnalyzeCommand.lexicon(narratives))
        let (id, analysis) = (run.record.id, run.analysis)
        AnalyzeCommand.printSummary(id: id, analysis: analysis, wording: try TerminalWording(narratives: narratives))
        let library = try StoryLibrary(narratives: narrativesFolder)
        let briefs = folder.appendingPathComponent("briefs")
        try FileManager.default.createDirectory(at: briefs, withIntermediateDirectories: true)
        print("\nSample pitch briefs for the demo prospects:")
        let prospects = try ProspectFile.read(corpus.appendingPathComponent("prospects.json"))
        for prospect in prospects {
            let pitch = try library.brief(prospect, builder: library.builder(analysis: analysis, run: id), format: .md)
            let file = briefs.appendingPathComponent("\(PackExporter.fileStem(prospect.slug)).\(prospect.locale.rawValue).md")
            try Data(pitch.text.utf8).write(to: file, options: .atomic)
            print("  \(file.path)  (\(pitch.narrative.subject?.name ?? "no archetype fits"))")
        }
        let pack = try PackExporter(source: PackSource(run: id, createdAt: Date(), analysis: analysis), library: library, prospects: prospects)
            .writeHTML(to: folder.appendingPathComponent("pack"))
        print("\nNarrative pack (HTML, English and French): \(pack.path)")
        let conteur = Self.invocation(), db = "--db " + Self.shellQuoted(database)
        let accounts = Self.shellQuoted(corpus.appendingPathComponent("accounts.csv").path)
        print("""

            Next:
              \(conteur) archetypes \(db)
              \(conteur) archetype 1 \(db)
              \(conteur) at-risk --top 10 \(db)
              \(conteur) members \(db) --format csv
              \(conteur) lookup \(db) "$(sed -n 2p \(accounts) | cut -d, -f1)"
              \(conteur) pitch \(db) --goals "fewer cancellations and smoother Christmas peaks" --industry retail
            """)
    }

    /// How to run this executable from the working directory: `conteur` when that name on the PATH is this
    /// program, else its path (a newcomer who ran `swift run conteur demo` has no `conteur` on the PATH).
    static func invocation() -> String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().standardizedFileURL.path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("conteur")
            if FileManager.default.isExecutableFile(atPath: candidate.path),
               candidate.resolvingSymlinksInPath().standardizedFileURL.path == me { return "conteur" }
        }
        let here = FileManager.default.currentDirectoryPath + "/"
        return shellQuoted(me.hasPrefix(here) ? "./" + me.dropFirst(here.count) : me)
    }

    /// A path as a shell reads it back: quoted when it holds anything but plain characters.
    static func shellQuoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@".contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
