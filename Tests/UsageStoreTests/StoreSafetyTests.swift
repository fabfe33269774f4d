import Foundation
import GRDB
import Testing
@testable import UsageStore

/// Commands that read never write; readers never wait for a writer; errors say what to do.
@Suite struct StoreSafetyTests {
    @Test func readOnlyOpeningRefusesAMissingPathAndCreatesNothing() throws {
        let fixture = try Fixture()
        let path = fixture.folder.appendingPathComponent("typo.sqlite").path
        #expect(throws: StoreError.missing(path: path)) { try Store(path: path, access: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: StoreError.missing(path: path)) { try Store.check(path: path) }
    }

    @Test(arguments: [Store.Access.readOnly, .readWrite])
    func aForeignSQLiteFileIsLeftByteForByte(_ access: Store.Access) throws {
        let fixture = try Fixture()
        let path = fixture.folder.appendingPathComponent("foreign.sqlite").path
        let foreign = try DatabaseQueue(path: path)
        try foreign.write { try $0.execute(sql: "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine')") }
        try foreign.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try Store(path: path, access: access) }
        #expect(error == .notConteur(path: path, reason: "an SQLite database of another application"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(throws: StoreError.self) { try Store.check(path: path) }
    }

    @Test func aReadOnlyStoreRefusesWritesWithAClearError() throws {
        let fixture = try Fixture()
        let store = try Store(path: fixture.store.path, access: .readOnly)
        let error = try #require(throws: StoreError.self) {
            try store.saveName(run: 1, archetype: 1, en: "x", fr: "x", members: [])
        }
        #expect(error == .readOnly(path: fixture.store.path))
    }

    @Test func readersDoNotWaitForAWriter() throws {
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("events.csv", "account,time\na,2025-01-01\n"), .events)
        // Another connection holds the write lock, mid-transaction.
        let other = try DatabaseQueue(path: fixture.store.path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE; DELETE FROM events")
            let reader = try Store(path: fixture.store.path, access: .readOnly)
            #expect(try reader.info().rowCounts["events"] == 1)
            try db.execute(sql: "ROLLBACK")
        }
    }

    @Test func aSecondWriterWaitsAndSaysSo() throws {
        let fixture = try Fixture()
        let waited = LockedFlag()
        let second = try Store(path: fixture.store.path) { waited.set() }
        let url = try fixture.file("events.csv", "account,time\na,2025-01-01\n")
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: fixture.store.path, configuration: unsafe)
        try holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            usleep(300_000)
            try? holder.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
            released.signal()
        }
        let report = try Ingestor(store: second).ingest(url, as: .events)
        released.wait()
        #expect(waited.value && report.rowsLoaded == 1)
    }

    @Test func aDamagedDatabaseGetsAReportAndNoBackup() throws {
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("events.csv", "account,time\n" + (0..<5000).map { "a\($0),2025-01-01\n" }.joined()), .events)
        let damaged = fixture.folder.appendingPathComponent("damaged.sqlite").path
        try fixture.store.backup(to: damaged)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: damaged))
        try handle.truncate(atOffset: 8192)
        try handle.close()
        let report = try Store.check(path: damaged)
        #expect(!report.isEmpty)
        if let store = try? Store(path: damaged, access: .readOnly) {
            let target = fixture.folder.appendingPathComponent("copy.sqlite").path
            #expect(throws: StoreError.self) { try store.backup(to: target) }
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }

    @Test func backupIntoAMissingFolderIsRefused() throws {
        let fixture = try Fixture()
        let target = fixture.folder.appendingPathComponent("nowhere/copy.sqlite").path
        let error = try #require(throws: StoreError.self) { try fixture.store.backup(to: target) }
        #expect(error == .backupTarget(path: target, reason: "the folder does not exist; create it first"))
    }

    @Test func aFolderGivenToIngestIsRefused() throws {
        let fixture = try Fixture()
        let error = try #require(throws: IngestError.self) { try fixture.ingest(fixture.folder, .events) }
        #expect(error.description.hasSuffix("is a folder; give the files inside it"))
    }

    @Test func aStrayQuoteDoesNotHoldTheRestOfTheFile() throws {
        let fixture = try Fixture()
        var text = "account,time,event\na1,2025-01-01,\"never closed\n"
        text += String(repeating: "a2,2025-01-02,report\n", count: 600_000)
        let error = try #require(throws: IngestError.self) { try fixture.ingest(try fixture.file("events.csv", text), .events) }
        #expect(error.description.contains("events.csv:2: a record runs past 8 MiB"), "\(error)")
    }

    @Test func aHugeHeaderGivesAShortMessage() throws {
        let fixture = try Fixture()
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        let error = try #require(throws: IngestError.self) { try fixture.ingest(try fixture.file("events.csv", header + "\n"), .events) }
        #expect(error.description.count < 1_000)
    }
}

/// A flag set from another thread.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var value: Bool { lock.withLock { flag } }
    func set() { lock.withLock { flag = true } }
}
