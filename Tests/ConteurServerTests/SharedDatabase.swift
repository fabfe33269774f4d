import ConteurServer
import Foundation
import Testing
import TestSupport

/// The suites that only read: they share one database of hostile text, made once and removed after them.
@Suite(.sharedDatabase) struct Explorer {}

/// Makes the shared database around a suite and removes its folder afterwards.
struct SharedDatabase: SuiteTrait, TestScoping {
    /// The database and the explorer state on it, inside the suite.
    @TaskLocal static var current: (database: TestDatabase, state: ExplorerState)?

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let database = try TestDatabase.make(accounts: 240, seed: 9)
        defer { try? FileManager.default.removeItem(at: database.folder) }
        let state = ExplorerState(store: database.store, library: try database.library())
        try await Self.$current.withValue((database, state)) { try await function() }
    }
}

extension Trait where Self == SharedDatabase {
    static var sharedDatabase: Self { .init() }
}

/// A fresh database of a generated corpus, analyzed; its folder is removed after `body`.
func withDatabase<T>(accounts: Int = 120, hostile: Bool = false, _ body: (TestDatabase) async throws -> T) async throws -> T {
    let database = try TestDatabase.make(accounts: accounts, hostile: hostile)
    defer { try? FileManager.default.removeItem(at: database.folder) }
    return try await body(database)
}

/// A temporary folder, removed after `body`.
func withFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-server-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder)
}
