import Foundation
import Testing
import TestSupport

/// Runs the built `conteur` executable end to end on a small generated corpus.
@Suite(.serialized) struct CommandLineTests {
    static let executable = ConteurProcess.executable

    final class Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-cli-\(UUID().uuidString)")
        var database: String { folder.appendingPathComponent("c.sqlite").path }
        init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Runs conteur with `arguments`; returns exit status and standard output.
        @discardableResult
        func run(_ arguments: [String], expect status: Int32 = 0) throws -> String {
            let result = try ConteurProcess.run(arguments, in: folder)
            #expect(result.status == status, "conteur \(arguments.joined(separator: " ")): \(result.errors)")
            return result.output
        }
    }

    @Test func loadAnalyzeListRenameAndReanalyze() throws {
        let work = try Workspace()
        let corpus = work.folder.appendingPathComponent("corpus").path
        try work.run(["corpus", "generate", "--accounts", "240", "--months", "6", "--seed", "3", "--out", corpus])
        for kind in ["accounts", "events", "outcomes"] {
            let output = try work.run(["ingest", kind, "\(corpus)/\(kind).csv", "--db", work.database])
            #expect(output.contains("rows loaded, 0 rejected"))
        }
        // Loading the same file again is skipped.
        #expect(try work.run(["ingest", "events", "\(corpus)/events.csv", "--db", work.database]).contains("skipped"))

        let analyzed = try JSONSerialization.jsonObject(with: Data(try work.run(["analyze", "--json", "--db", work.database]).utf8)) as! [String: Any]
        let run = analyzed["run"] as! [String: Any]
        let archetypes = analyzed["archetypes"] as! [[String: Any]]
        let k = run["k"] as! Int
        #expect(k >= 2 && archetypes.count == k)
        #expect((run["timings_ms"] as! [String: Double]).keys.sorted() == ["cluster", "features", "profiles", "total"])
        #expect(archetypes.map { $0["size"] as! Int }.reduce(0, +) == 240)

        let csv = try work.run(["members", "--format", "csv", "--db", work.database]).split(separator: "\n")
        #expect(csv.first?.hasPrefix("account,archetype,health,status,") == true)
        #expect(csv.count == 241)
        #expect(csv.dropFirst().allSatisfy { $0.hasPrefix("acc-") })
        // No raw identifier from the corpus leaves the database.
        let raw = try String(contentsOfFile: "\(corpus)/accounts.csv", encoding: .utf8).split(separator: "\n")[1].split(separator: ",")[0]
        #expect(!csv.joined().contains(raw))

        let atRisk = try #require(try JSONSerialization.jsonObject(with: Data(try work.run(["at-risk", "--top", "5", "--json", "--db", work.database]).utf8)) as? [String: Any])
        let risky = try #require(atRisk["accounts"] as? [[String: Any]])
        #expect(risky.count == 5)
        let model = try #require(atRisk["model"] as? [String: Any])
        #expect((model["signals"] as? [[String: Any]])?.count == 5 && (model["text"] as? String)?.contains("own rhythm") == true)
        let scores = risky.map { $0["health"] as! Int }
        #expect(scores == scores.sorted())

        try work.run(["archetypes", "rename", "1", "--en", "Our champions", "--fr", "Nos champions", "--db", work.database])
        #expect(try work.run(["archetype", "1", "--db", work.database]).hasPrefix("Our champions / Nos champions"))
        // A new run with the same data keeps the chosen name for the same group.
        let again = try work.run(["analyze", "--db", work.database])
        #expect(again.contains("Our champions / Nos champions"))
        try work.run(["archetype", "99", "--db", work.database], expect: 1)
    }

    @Test func badInputExitsNonZeroAndNamesTheLine() throws {
        let work = try Workspace()
        let file = work.folder.appendingPathComponent("events.csv")
        try Data("account,time,count\na,2025-01-01,1\nb,2025-01-02,lots\n".utf8).write(to: file)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["ingest", "events", file.path, "--db", work.database]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(message.contains(#"events.csv:3: column "count": not a number"#) && !message.contains("lots"))
        #expect(try work.run(["db", "info", "--json", "--db", work.database]).contains(#""events" : 0"#))
    }

    /// Runs conteur and returns its exit status and standard error.
    static func failure(_ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    @Test(arguments: [
        ["db", "info"], ["db", "check"], ["db", "backup", "copy.sqlite"], ["archetypes"], ["archetype", "1"], ["members"],
        ["at-risk"], ["lookup", "someone"], ["pitch", "--goals", "reduce churn"], ["export", "--json", "pack.json"],
    ])
    func readingCommandsNeitherCreateNorChangeADatabase(_ command: [String]) throws {
        let work = try Workspace()
        let typo = work.folder.appendingPathComponent("typo.sqlite").path
        let (status, message) = try Self.failure(command + ["--db", typo], in: work.folder)
        #expect(status != 0 && message.contains("no database here"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: typo))
        // Another application's SQLite file is left byte for byte.
        let foreign = work.folder.appendingPathComponent("foreign.sqlite").path
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table notes(t)'); c.commit()", foreign]
        try python.run()
        python.waitUntilExit()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let (foreignStatus, foreignMessage) = try Self.failure(command + ["--db", foreign], in: work.folder)
        #expect(foreignStatus != 0 && foreignMessage.contains("not a Conteur database"), "\(foreignMessage)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == bytes)
        let left = try FileManager.default.contentsOfDirectory(atPath: work.folder.path).sorted()
        #expect(left == ["foreign.sqlite"])
    }

    /// The warehouse path: features computed elsewhere, loaded alone, analyzed into archetypes that stories use.
    @Test func featuresFromAWarehouseAloneAreAnalyzed() throws {
        let work = try Workspace()
        let rows = (0..<60).map { i in "acct-\(i),\(i < 30 ? 70 + i % 5 : 20 + i % 5),\(i < 30 ? 1 + i % 2 : 9 + i % 3)" }
        let file = work.folder.appendingPathComponent("features.csv")
        try ("account,nps,tickets\n" + rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        try work.run(["ingest", "features", file.path, "--db", work.database])
        let output = try work.run(["analyze", "--db", work.database, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require(json["run"] as? [String: Any])
        #expect(run["k"] as? Int == 2 && run["accounts"] as? Int == 60)
        #expect((run["note"] as? String)?.contains("health is not scored") == true)
        let names = try #require(json["archetypes"] as? [[String: Any]]).compactMap { ($0["name"] as? [String: Any])?["en"] as? String }
        #expect(names.count == 2 && !names.contains { $0.hasPrefix("Usage pattern") })
        try work.run(["archetype", "1", "--db", work.database])
        try work.run(["pitch", "--db", work.database, "--goals", "reduce churn"])
    }
}
