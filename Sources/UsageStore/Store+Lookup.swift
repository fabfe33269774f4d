import Foundation
import GRDB

/// What the store holds about one account, found from its raw identifier.
public struct AccountSummary: Sendable {
    public var pseudonym: String
    public var known: Bool
    public var events: Int
    public var firstEvent: String?
    public var lastEvent: String?
    /// Profile and extra attributes, name and value.
    public var attributes: [(String, String)]
    public var outcomes: Int
}

extension Store {
    /// The profile columns of `accountProfiles p` as display text: days as ISO dates, renewal as yes/no.
    static let profileTextColumns = """
        p.industry, p.size, p.region, p.plan, p.seats, date(p.started, 'unixepoch') AS started,
        CASE p.renewed WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END AS renewed
        """

    /// The non-null profile values of a row selected with ``profileTextColumns``, in column order.
    static func profileText(_ row: Row) -> [(String, String)] {
        ["industry", "size", "region", "plan", "seats", "started", "renewed"].compactMap { column in
            let value: DatabaseValue = row[column]
            return value.isNull ? nil : (column, String(describing: value.storage.value!))
        }
    }

    /// Pseudonymizes `account` with this database's key and gathers what is stored about it.
    /// The raw identifier is neither stored nor returned.
    public func lookup(account raw: String) throws -> AccountSummary {
        let pseudonym = try pseudonymizer().pseudonym(raw.trimmingWhitespace(), .account)
        return try read { db in
            var summary = AccountSummary(pseudonym: pseudonym, known: false, events: 0, attributes: [], outcomes: 0)
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM accounts WHERE pseudonym = ?", arguments: [pseudonym])
            else { return summary }
            summary.known = true
            if let row = try Row.fetchOne(
                db, sql: "SELECT COUNT(*), date(MIN(time), 'unixepoch'), date(MAX(time), 'unixepoch') FROM events WHERE account = ?",
                arguments: [id]) {
                summary.events = row[0]
                summary.firstEvent = row[1]
                summary.lastEvent = row[2]
            }
            if let profile = try Row.fetchOne(
                db, sql: "SELECT \(Self.profileTextColumns) FROM accountProfiles p WHERE p.account = ?", arguments: [id]) {
                summary.attributes += Self.profileText(profile)
            }
            let extras = try Row.fetchAll(db, sql: "SELECT name, value FROM accountAttributes WHERE account = ? ORDER BY name", arguments: [id])
            summary.attributes += extras.map { ($0["name"], $0["value"]) }
            summary.outcomes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outcomes WHERE account = ?", arguments: [id]) ?? 0
            return summary
        }
    }
}
