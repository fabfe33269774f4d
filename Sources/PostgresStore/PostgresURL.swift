import Foundation

/// Where a PostgreSQL store lives: `postgres://user:password@host:port/database` (or `postgresql://`).
///
/// Its ``description`` leaves the password out, so that it can be printed in messages and `db info`.
public struct PostgresURL: Sendable, CustomStringConvertible, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    var password: String?
    public var database: String

    /// Whether `text` names a PostgreSQL server rather than an SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Parses a URL; the message of a refusal never quotes the text (it may hold a password).
    public init(_ text: String) throws {
        guard Self.isPostgres(text), let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else {
            throw PostgresStoreError.badURL(reason: "expected postgres://user:password@host:port/database")
        }
        guard let user = parts.user, !user.isEmpty else {
            throw PostgresStoreError.badURL(reason: "the URL names no user (postgres://user:password@host:port/database)")
        }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresStoreError.badURL(reason: "the URL names no database (postgres://user:password@host:port/database)")
        }
        self.host = host
        port = parts.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        password = (parts.password).map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
    }

    /// The URL without its password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    public static func == (a: Self, b: Self) -> Bool { a.description == b.description && a.password == b.password }
}
