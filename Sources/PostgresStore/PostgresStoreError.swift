import Foundation
import PostgresNIO

/// A problem with a PostgreSQL store, worded for the person at the terminal. Names the server without its password
/// and never quotes the server's own message (it may quote values or identifiers).
public enum PostgresStoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The `--db` URL cannot be read.
    case badURL(reason: String)
    /// The server cannot be reached or refused the connection.
    case cannotConnect(server: String, reason: String)
    /// The database holds no Conteur schema (a read-only command).
    case noSchema(server: String)
    /// The database holds tables of another application.
    case notConteur(server: String)
    /// Written by a newer Conteur; `known` is the newest schema this one knows.
    case newerSchema(server: String, known: String)
    /// The database has lost its pseudonymization key.
    case keyMissing(server: String)
    /// Not possible on this engine (and what to do instead).
    case unsupported(server: String, what: String)
    /// Any other failure, by SQLSTATE only.
    case failed(server: String, state: String, hint: String)

    public var description: String {
        switch self {
        case .badURL(let reason): "--db: not a PostgreSQL URL: \(reason)"
        case .cannotConnect(let server, let reason): "\(server): cannot connect to the database (\(reason))"
        case .noSchema(let server):
            "\(server): no Conteur data in this database yet; load some with `conteur ingest --db …` first"
        case .notConteur(let server):
            "\(server): not a Conteur database (it holds tables of another application); check --db, Conteur leaves other databases alone"
        case .newerSchema(let server, let known):
            "\(server): this database was written by a newer version of Conteur (its schema goes beyond \"\(known)\"); upgrade Conteur to open it"
        case .keyMissing(let server):
            "\(server): the pseudonymization key is missing, so identifiers cannot be matched; restore a backup"
        case .unsupported(let server, let what): "\(server): \(what)"
        case .failed(let server, let state, let hint): "\(server): the database reported error \(state)\(hint.isEmpty ? "" : " (\(hint))")"
        }
    }

    /// The store error for a failure talking to `server`, without the server's detail.
    static func wrapping(_ error: any Error, server: String) -> any Error {
        if error is PostgresStoreError || error is CancellationError { return error }
        guard let error = error as? PSQLError else { return error }
        let state = error.serverInfo?[.sqlState]
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown:
            return PostgresStoreError.cannotConnect(server: server, reason: "the server cannot be reached or closed the connection")
        case .server:
            switch state {
            case "28P01", "28000": return PostgresStoreError.cannotConnect(server: server, reason: "the user or password was refused")
            case "3D000": return PostgresStoreError.cannotConnect(server: server, reason: "no such database on the server")
            case "53300": return PostgresStoreError.cannotConnect(server: server, reason: "the server has too many connections")
            case "57P01", "57P02", "57P03": return PostgresStoreError.cannotConnect(server: server, reason: "the server is shutting down or starting")
            default: return PostgresStoreError.failed(server: server, state: state ?? "?", hint: hint(state))
            }
        default:
            return PostgresStoreError.failed(server: server, state: state ?? "client", hint: "\(error.code)")
        }
    }

    /// A short, value-free word on an SQLSTATE class.
    private static func hint(_ state: String?) -> String {
        if state == "42501" { return "no permission to read or write a table" }
        return switch state?.prefix(2) {
        case "42"?: "a table or column is missing or has another type"
        case "53"?: "the server is out of disk space or memory"
        case "40"?: "a concurrent transaction got in the way; run the command again"
        case "22"?: "a value has the wrong type or is out of range"
        case "23"?: "a row breaks a constraint"
        default: ""
        }
    }
}
