import Foundation
import GRDB
import Testing
@testable import UsageStore

/// A load killed mid-file leaves the database exactly as it was before that file.
@Suite struct KillTests {
    /// The `conteur` executable built next to this test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("conteur")
    }

    @Test func sigkillMidLoadLeavesNoPartialDataset() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path), "build the conteur product first")
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("first.csv", "account,time\nkept,2025-01-01\n"), .events)
        let before = try fixture.counts()
        var text = "account,user,time,event,count,duration\n"
        text.reserveCapacity(40_000_000)
        for i in 0..<600_000 {
            let month = i % 9 + 1
            text += "acct-\(i % 5000),user-\(i % 40_000),2025-0\(month)-11,e\(i % 7),\(i % 9 + 1),\(i % 300)\n"
        }
        let big = try fixture.file("big.csv", text)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["ingest", "events", big.path, "--db", fixture.store.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the load's transaction has written pages to disk (the write-ahead log grows), then kill.
        let log = fixture.store.path + "-wal"
        func logSize() -> Int { (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0 }
        let deadline = Date().addingTimeInterval(60)
        while logSize() < 4 << 20 && process.isRunning && Date() < deadline {
            usleep(2_000)
        }
        #expect(process.isRunning, "the load finished before it could be killed; make the file larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try Store(path: fixture.store.path)
        #expect(try reopened.check().isEmpty)
        #expect(try reopened.info().datasets.map(\.name) == ["first.csv"])
        let after = try Fixture.counts(reopened)
        #expect(after == before)
        // The users index, dropped for the load's length, is back.
        #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'users_pseudonym'") } == 1)
    }
}
