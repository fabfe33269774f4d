import Foundation

/// The body of `GET /healthz`: whether the database could be read just now, which run is served and
/// since when, and whether it is served stale.
public struct ServingStatus: Encodable, Sendable {
    /// `ok` (the latest run is served), `degraded` (a stale run is served) or `unavailable` (nothing to serve).
    public var status: String
    /// `ok` or `unreadable`.
    public var database: String
    /// The run served: the last good run loaded.
    public var run: Int64?
    /// When that run was loaded, ISO 8601.
    public var loadedAt: String?
    /// Whether the run served is one the database could not confirm as its latest.
    public var degraded: Bool

    init(readable: Bool, run: Int64?, loadedAt: Date?, stale: Bool) {
        status = run == nil ? "unavailable" : stale ? "degraded" : "ok"
        database = readable ? "ok" : "unreadable"
        self.run = run
        self.loadedAt = loadedAt?.formatted(.iso8601)
        degraded = stale
    }

    /// Something can be served.
    public var serving: Bool { run != nil }
}
