import Foundation
import PostgresStore
import UsageStore

/// The store a command opened: the embedded SQLite file, or a PostgreSQL database.
enum OpenedStore {
    case sqlite(Store)
    case postgres(PostgresStore)

    /// The store behind the interfaces that analysis and runs use.
    var analysis: any AnalysisStore {
        switch self {
        case .sqlite(let store): store
        case .postgres(let store): store
        }
    }

    /// Schema version, datasets and row counts (a server is named without its password).
    func info() throws -> StoreInfo {
        switch self {
        case .sqlite(let store): try store.info()
        case .postgres(let store): try store.info()
        }
    }

    /// Loads one file.
    func ingest(_ url: URL, as kind: InputKind, options: IngestOptions, progress: (@Sendable (IngestProgress) -> Void)?) throws -> IngestReport {
        switch self {
        case .sqlite(let store): try Ingestor(store: store).ingest(url, as: kind, options: options, progress: progress)
        case .postgres(let store): try PostgresIngestor(store: store).ingest(url, as: kind, options: options, progress: progress)
        }
    }
}
