import Foundation
import GRDB
import Testing
@testable import UsageStore

@Suite struct StoreTests {
    @Test func newerSchemaIsRefusedClearly() throws {
        let fixture = try Fixture()
        try fixture.store.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
        }
        let error = try #require(throws: StoreError.self) { try Store(path: fixture.store.path) }
        #expect(error.description.contains("written by a newer version of Conteur"))
    }

    @Test func notADatabaseIsRefusedClearly() throws {
        let fixture = try Fixture()
        let url = try fixture.file("notes.sqlite", String(repeating: "not a database at all ", count: 100))
        let error = try #require(throws: StoreError.self) { try Store(path: url.path) }
        #expect(error == .notConteur(path: url.path, reason: "not an SQLite file"))
    }

    @Test func infoBackupAndCheck() throws {
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("events.csv", "account,time\na,2025-01-01\nb,2025-01-02\n"), .events)
        let info = try fixture.store.info()
        #expect(info.schemaVersion == StoreSchema.migrator.migrations.last)
        #expect(info.rowCounts["events"] == 2 && info.rowCounts["accounts"] == 2 && info.datasets.count == 1)
        let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
        try fixture.store.backup(to: copy)
        let restored = try Store(path: copy)
        #expect(try restored.info().rowCounts == info.rowCounts)
        #expect(try restored.check().isEmpty)
        #expect(throws: StoreError.self) { try fixture.store.backup(to: copy) }
    }
}
