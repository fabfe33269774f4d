import Foundation
import GRDB

/// Gives each distinct name its final row id, pseudonymizing identifiers on first sight.
///
/// Names of up to 15 bytes (nearly all identifiers) live inline in an open-addressing table of
/// 32-byte slots: a lookup builds no string, hashes two words and usually touches one cache line.
/// Longer names go through a dictionary. The HMAC is computed once per distinct identifier.
struct Interner {
    private struct Slot {
        var hash: UInt64 = 0  // 0: empty
        var id: Int64 = 0
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    private let pseudonymizer: Pseudonymizer?
    private let domain: Pseudonymizer.Domain
    /// Row ids already in the store, by stored name (pseudonym or feature name).
    private var stored: [String: Int64]
    private var nextID: Int64
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private var used = 0
    private var long: [String: Int64] = [:]
    private var last = Slot()

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
        guard range.count <= 15 else {
            let raw = String(decoding: bytes[range], as: UTF8.self)
            if let id = long[raw] { return id }
            let id = register(raw, fresh: &fresh)
            long[raw] = id
            return id
        }
        // Pack the name and its length into two words.
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { target in
            bytes.withUnsafeBytes { source in
                target.baseAddress!.copyMemory(from: source.baseAddress! + range.lowerBound, byteCount: range.count)
            }
            target[15] = UInt8(range.count)
        }
        if last.hash != 0 && last.low == words.0 && last.high == words.1 { return last.id }
        var hash = (words.0 &* 0x9E37_79B9_7F4A_7C15) ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F)
        hash ^= hash >> 29
        hash = (hash &* 0xD6E8_FEB8_6659_FD93) | 1
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[index].hash != 0 {
            let slot = slots[index]
            if slot.hash == hash && slot.low == words.0 && slot.high == words.1 {
                last = slot
                return slot.id
            }
            index = (index + 1) & mask
        }
        let id = register(String(decoding: bytes[range], as: UTF8.self), fresh: &fresh)
        slots[index] = Slot(hash: hash, id: id, low: words.0, high: words.1)
        last = slots[index]
        used += 1
        if used * 2 > slots.count { grow() }
        return id
    }

    /// The row id for a name not seen in this file: an existing one, or a new one to insert.
    private mutating func register(_ raw: String, fresh: inout [(Int64, String)]) -> Int64 {
        let name = pseudonymizer.map { $0.pseudonym(raw, domain) } ?? CleanText.clean(Self.composed(raw))
        if let existing = stored[name] { return existing }
        let id = nextID
        nextID += 1
        stored[name] = id
        fresh.append((id, name))
        return id
    }

    /// `raw` in Unicode normalization form C.
    private static func composed(_ raw: String) -> String {
        raw.utf8.allSatisfy { $0 < 0x80 } ? raw : raw.precomposedStringWithCanonicalMapping
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.hash != 0 {
            var index = Int(truncatingIfNeeded: slot.hash >> 7) & mask
            while slots[index].hash != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}
