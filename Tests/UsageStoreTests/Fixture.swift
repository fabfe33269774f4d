import Foundation
import GRDB
import Testing
@testable import UsageStore

/// A fresh temporary folder with a fresh store, removed when the fixture goes away.
final class Fixture {
    let folder: URL
    let store: Store

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try Store(path: folder.appendingPathComponent("test.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `text` (or raw bytes) to a file in the folder and returns its URL.
    @discardableResult
    func file(_ name: String, _ text: String) throws -> URL { try file(name, Data(text.utf8)) }

    @discardableResult
    func file(_ name: String, _ bytes: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return url
    }

    /// Loads a file with the given options.
    @discardableResult
    func ingest(_ url: URL, _ kind: InputKind, _ options: IngestOptions = .init()) throws -> IngestReport {
        try Ingestor(store: store).ingest(url, as: kind, options: options)
    }

    /// Row counts of every table, to prove that a refused file changed nothing.
    func counts() throws -> [String: Int] { try Self.counts(store) }

    static func counts(_ store: Store) throws -> [String: Int] {
        try store.read { db in
            var counts: [String: Int] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"")
            }
            return counts
        }
    }

    func rows(_ sql: String) throws -> [Row] { try store.read { try Row.fetchAll($0, sql: sql) } }
    func int(_ sql: String) throws -> Int { try store.read { try Int.fetchOne($0, sql: sql) ?? 0 } }
}
