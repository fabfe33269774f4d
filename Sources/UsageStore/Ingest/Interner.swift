import Foundation
import GRDB

/// Gives each distinct name its final row id, pseudonymizing identifiers on first sight.
///
/// A name already seen in this file costs one dictionary lookup (short names are inline
/// strings, no allocation); the HMAC is computed once per distinct identifier.
struct Interner {
    private let pseudonymizer: Pseudonymizer?
    private let domain: Pseudonymizer.Domain
    /// Row ids already in the store, by stored name (pseudonym or feature name).
    private var stored: [String: Int64]
    private var nextID: Int64
    private var seen: [String: Int64] = [:]

    /// Loads the names already stored in `table` (`column` holds the name).
    init(db: Database, table: String, column: String, pseudonymizer: Pseudonymizer?, domain: Pseudonymizer.Domain = .account) throws {
        self.pseudonymizer = pseudonymizer
        self.domain = domain
        stored = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT \(column), id FROM \(table)")
        while let row = try rows.next() {
            stored[row[0]] = row[1]
        }
        nextID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0) + 1
    }

    /// The row id of the name in `bytes[range]`; a new one is appended to `fresh` with its stored name.
    mutating func id(_ bytes: [UInt8], _ range: Range<Int>, fresh: inout [(Int64, String)]) -> Int64 {
        let raw = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        if let id = seen[raw] { return id }
        let name = pseudonymizer.map { $0.pseudonym(raw, domain) } ?? raw
        let id: Int64
        if let existing = stored[name] {
            id = existing
        } else {
            id = nextID
            nextID += 1
            stored[name] = id
            fresh.append((id, name))
        }
        seen[raw] = id
        return id
    }
}
