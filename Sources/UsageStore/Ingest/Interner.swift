import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives each name of a file (account, user, event name) its row id, in memory bounded whatever the number of
/// distinct names.
///
/// A name is keyed by its raw bytes: up to 15 bytes as they are (with the length), longer ones by two keyed
/// SipHash digests (120 bits), so a hit is exact without the stored name. Keys and ids live in 24-byte slots of
/// an open-addressing table cut into 64 shards that double one at a time up to the budget and stay at most 13/16
/// full: under 60 bytes per resident name, under 30 when full. A full shard sweeps out the names not used since its
/// previous sweep (CLOCK).
///
/// A name that is not resident gets a *pending* id (``PendingID``): its stored name (the pseudonym, computed once
/// while the name stays resident) goes to the writer with the batch, which finds or creates its row through the
/// store's unique index on that name and sends the ids back (``Resolution``); ``resolve(_:_:)`` then makes them
/// resident.
struct Interner {
    /// The most slots one interner may hold (24 bytes each).
    struct Budget: Sendable {
        var accounts: Int
        var users: Int
        var features: Int

        /// 12 MB for accounts (425,984 resident), 24 MB for users (851,968 resident), 1.5 MB for event names.
        static let standard = Budget(accounts: 1 << 19, users: 1 << 20, features: 1 << 16)
    }

    private struct Slot {
        var low: UInt64
        var high: UInt64
        /// 0: empty; > 0: row id, with ``Interner/referenced`` when used since the last sweep; < 0: pending id.
        var value: Int64
    }

    private struct Shard {
        var slots: UnsafeMutablePointer<Slot>
        var mask: Int
        var count: Int
    }

    /// Owns the shards' memory (the interner is a value moved into the reading thread, never shared).
    private final class Memory {
        let shards: UnsafeMutablePointer<Shard>

        init(shardSlots: Int) {
            shards = .allocate(capacity: Interner.shardCount)
            for i in 0..<Interner.shardCount { shards[i] = Interner.emptyShard(shardSlots) }
        }

        deinit {
            for i in 0..<Interner.shardCount { Interner.free(shards[i]) }
            shards.deallocate()
        }
    }

    private static let shardCount = 64
    private static let firstShardSlots = 16
    private static let referenced: Int64 = 1 << 62
    /// Per-process seed of the probe hash, so that no file can aim its names at one probe sequence.
    private static let seed = UInt64.random(in: .min ... .max)

    private let pseudonymizer: Pseudonymizer?
    private let hasher: PseudonymHasher?
    private let domain: Pseudonymizer.Domain
    private let memory: Memory
    private let shards: UnsafeMutablePointer<Shard>
    private let maxShardSlots: Int
    /// The batch being filled, and the keys of each batch's pending names not yet resolved, by pending index.
    private var batch = 0
    private var pending: [(batch: Int, keys: [(UInt64, UInt64)])] = []
    /// The last name looked up (consecutive rows often share their account).
    private var last: Slot = Slot(low: 0, high: 0, value: 0)
    /// Where the early reads of ``ids(_:names:)`` go, so that they are not optimized away.
    private var sink: Int64 = 0
    /// The slots a sweep keeps, reused from sweep to sweep.
    private var kept: [Slot] = []
    /// Whether a name was ever evicted: until then, a name not resident was never met in this file.
    private(set) var hasEvicted = false

    /// An interner for names stored pseudonymized (`pseudonymizer`, computed by `hasher` when given) or cleaned
    /// (event names, without a pseudonymizer).
    init(pseudonymizer: Pseudonymizer?, hasher: PseudonymHasher? = nil, domain: Pseudonymizer.Domain = .account, maxSlots: Int) {
        self.pseudonymizer = pseudonymizer
        self.hasher = hasher
        self.domain = domain
        maxShardSlots = max(Self.firstShardSlots, maxSlots / Self.shardCount)
        memory = Memory(shardSlots: Self.firstShardSlots)
        shards = memory.shards
    }

    /// Names held in memory now.
    var residents: Int { (0..<Self.shardCount).reduce(0) { $0 + shards[$1].count } }
    /// Bytes of the slot tables.
    var bytes: Int { (0..<Self.shardCount).reduce(0) { $0 + (shards[$1].mask + 1) * MemoryLayout<Slot>.stride } }

    /// Starts filling batch `batch`: pending ids handed out from now on refer to it.
    mutating func begin(batch: Int) {
        self.batch = batch
        pending.append((batch, []))
        last.value = 0
    }

    /// Forgets a batch that will not be written (the file is refused): its names are never resolved.
    mutating func discard(batch: Int) {
        pending.removeAll { $0.batch == batch }
    }

    /// The row id of the name in `bytes[range]`, or a pending id; a pending name's stored name is appended to
    /// `names` (its index there is the one in the pending id).
    mutating func id(_ bytes: [UInt8], _ range: Range<Int>, names: inout [String]) -> Int64 {
        bytes.withUnsafeBytes { id(UnsafeRawBufferPointer(rebasing: $0[range]), names: &names) }
    }

    mutating func id(_ raw: UnsafeRawBufferPointer, names: inout [String]) -> Int64 {
        if let composed = Self.composed(raw) {
            return composed.withUnsafeBytes { id(UnsafeRawBufferPointer($0), names: &names) }
        }
        let (low, high) = Self.key(raw)
        let naming = (pseudonymizer, hasher, domain)
        return id(low, high, names: &names) { Self.storedName(raw, naming) }
    }

    /// The ids of a batch's names, in order (0 for an absent name), as ``id(_:names:)`` gives them one by one.
    ///
    /// Most of the time of a lookup in a table larger than the processor's caches is the wait for its first slot.
    /// Here the first slots of a run of names are read before any is compared, so those waits overlap.
    mutating func ids(_ keys: NameKeys, names: inout [String]) -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(keys.count)
        let naming = (pseudonymizer, hasher, domain)
        // Tables that fit in the processor's private caches need no early reads.
        let large = bytes > 1 << 20
        keys.longBytes.withUnsafeBytes { longBytes in
            var long = 0
            var start = 0
            while start < keys.count {
                let end = min(start + 32, keys.count)
                if large {
                    var touched: Int64 = 0
                    for i in start..<end {
                        let hash = Self.hash(keys.low[i], keys.high[i])
                        let shard = shards + Int(truncatingIfNeeded: hash >> 58)
                        touched |= shard.pointee.slots[Int(truncatingIfNeeded: hash) & shard.pointee.mask].value
                    }
                    sink = touched
                }
                for i in start..<end {
                    let low = keys.low[i], high = keys.high[i]
                    if low == 0 && high == 0 {
                        ids.append(0)
                    } else if high >> 56 == 0xFF {
                        let bytes = UnsafeRawBufferPointer(rebasing: longBytes[(long == 0 ? 0 : keys.longEnds[long - 1])..<keys.longEnds[long]])
                        ids.append(id(low, high, names: &names) { Self.storedName(bytes, naming) })
                        long += 1
                    } else {
                        ids.append(id(low, high, names: &names) {
                            var words = (low.littleEndian, high.littleEndian)
                            return withUnsafeBytes(of: &words) {
                                Self.storedName(UnsafeRawBufferPointer(rebasing: $0[0..<Int(high >> 56)]), naming)
                            }
                        })
                    }
                }
                start = end
            }
        }
        return ids
    }

    /// The id of the name keyed `low`, `high`; `storedName` gives its stored name when it is not resident.
    @inline(__always)
    private mutating func id(_ low: UInt64, _ high: UInt64, names: inout [String], storedName: () -> String) -> Int64 {
        if last.value != 0 && last.low == low && last.high == high { return last.value }
        let hash = Self.hash(low, high)
        let shard = shards + Int(truncatingIfNeeded: hash >> 58)
        let slots = shard.pointee.slots, mask = shard.pointee.mask
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = slots[index].value
            if value == 0 { break }
            if slots[index].low == low && slots[index].high == high {
                var id = value
                if value > 0 {
                    if value & Self.referenced == 0 { slots[index].value = value | Self.referenced }
                    id = value & ~Self.referenced
                }
                last = Slot(low: low, high: high, value: id)
                return id
            }
            index = (index + 1) & mask
        }
        // Not resident: the writer resolves it through the store.
        let id = PendingID.make(batch: batch, index: names.count)
        names.append(storedName())
        pending[pending.count - 1].keys.append((low, high))
        insert(Slot(low: low, high: high, value: id), hash: hash, into: shard)
        last = Slot(low: low, high: high, value: id)
        return id
    }

    /// Makes resident the row ids the writer found for `batch`'s pending names (in pending order).
    mutating func resolve(_ batch: Int, _ ids: [Int64]) {
        guard let at = pending.firstIndex(where: { $0.batch == batch }) else { return }
        let keys = pending[at].keys
        pending.remove(at: at)
        for (index, (low, high)) in keys.enumerated() where index < ids.count {
            let hash = Self.hash(low, high)
            let shard = shards + Int(truncatingIfNeeded: hash >> 58)
            let slots = shard.pointee.slots, mask = shard.pointee.mask
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].value != 0 {
                if slots[slot].low == low && slots[slot].high == high {
                    // Only while still this batch's pending id: a name evicted and seen again has a newer one.
                    if slots[slot].value == PendingID.make(batch: batch, index: index) { slots[slot].value = ids[index] }
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        last.value = 0
    }

    // MARK: Names

    /// The name as stored: its pseudonym, or for event names the text in NFC without control characters.
    private static func storedName(
        _ raw: UnsafeRawBufferPointer, _ naming: (Pseudonymizer?, PseudonymHasher?, Pseudonymizer.Domain)
    ) -> String {
        if let hasher = naming.1 { return hasher.pseudonym(raw, naming.2) }
        let text = String(decoding: raw, as: UTF8.self)
        if let pseudonymizer = naming.0 { return pseudonymizer.pseudonym(text, naming.2) }
        return CleanText.clean(text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping)
    }

    /// A non-ASCII name's bytes in Unicode's composed form (NFC) when they differ: the composed and decomposed
    /// spellings of one identifier get one key, as they get one pseudonym. Nil for ASCII and already composed names.
    static func composed(_ raw: some Collection<UInt8>) -> [UInt8]? {
        guard raw.contains(where: { $0 >= 0x80 }) else { return nil }
        let composed = Array(String(decoding: raw, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
        return composed.elementsEqual(raw) ? nil : composed
    }

    /// The exact key of up to 15 bytes (the bytes and their length), else a 120-bit keyed digest marked 0xFF.
    @inline(__always)
    static func key(_ raw: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let count = raw.count
        if count <= 15 {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { target in
                if count > 0 { target.baseAddress!.copyMemory(from: raw.baseAddress!, byteCount: count) }
                target[15] = UInt8(count)
            }
            return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
        }
        var first = Hasher(), second = Hasher()
        first.combine(UInt8(0))
        second.combine(UInt8(1))
        first.combine(bytes: raw)
        second.combine(bytes: raw)
        let low = UInt64(UInt(bitPattern: first.finalize()))
        let high = UInt64(UInt(bitPattern: second.finalize()))
        return (low, high | 0xFF00_0000_0000_0000)
    }

    @inline(__always)
    private static func hash(_ low: UInt64, _ high: UInt64) -> UInt64 {
        var hash = ((low ^ seed) &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        hash ^= hash >> 29
        hash &*= 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }

    // MARK: Table

    /// A shard of empty slots, mapped straight from the system: zero pages cost nothing until written, and an
    /// unmapped table goes back to the system at once (a freed heap block may not).
    private static func emptyShard(_ slots: Int) -> Shard {
        let bytes = slots * MemoryLayout<Slot>.stride
        guard let memory = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), memory != MAP_FAILED else {
            fatalError("cannot map \(bytes) bytes for the ingest's name table")
        }
        return Shard(slots: memory.bindMemory(to: Slot.self, capacity: slots), mask: slots - 1, count: 0)
    }

    private static func free(_ shard: Shard) {
        munmap(shard.slots, (shard.mask + 1) * MemoryLayout<Slot>.stride)
    }

    /// Adds a slot known to be absent: the shard doubles while under budget, or sweeps when full.
    private mutating func insert(_ slot: Slot, hash: UInt64, into shard: UnsafeMutablePointer<Shard>) {
        if (shard.pointee.count + 1) * 16 > (shard.pointee.mask + 1) * 13 {
            if shard.pointee.mask + 1 < maxShardSlots { grow(shard) } else { sweep(shard) }
        }
        Self.place(slot, hash: hash, in: shard.pointee.slots, mask: shard.pointee.mask)
        shard.pointee.count += 1
    }

    @inline(__always)
    private static func place(_ slot: Slot, hash: UInt64, in slots: UnsafeMutablePointer<Slot>, mask: Int) {
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].value != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private func grow(_ shard: UnsafeMutablePointer<Shard>) {
        let old = shard.pointee
        let grown = Self.emptyShard((old.mask + 1) * 2)
        for i in 0...old.mask where old.slots[i].value != 0 {
            Self.place(old.slots[i], hash: Self.hash(old.slots[i].low, old.slots[i].high), in: grown.slots, mask: grown.mask)
        }
        Self.free(old)
        shard.pointee = Shard(slots: grown.slots, mask: grown.mask, count: old.count)
    }

    /// Evicts the names not used since the last sweep or their resolution, keeping pending names while room is left
    /// (they are resolved within a few batches) and, when more than 9/16 of the slots were used, dropping names by
    /// position; clears the marks of the rest and places them again in the emptied shard.
    private mutating func sweep(_ shard: UnsafeMutablePointer<Shard>) {
        let slots = shard.pointee.slots, mask = shard.pointee.mask
        let keep = (mask + 1) * 9 / 16
        var used = 0
        for i in 0...mask where slots[i].value > 0 && slots[i].value & Self.referenced != 0 { used += 1 }
        var pendingRoom = max(0, keep - used)
        kept.removeAll(keepingCapacity: true)
        for i in 0...mask where slots[i].value != 0 {
            let value = slots[i].value
            if value > 0 && value & Self.referenced != 0 && kept.count < keep {
                kept.append(Slot(low: slots[i].low, high: slots[i].high, value: value & ~Self.referenced))
            } else if value < 0 && pendingRoom > 0 {
                pendingRoom -= 1
                kept.append(slots[i])
            } else {
                hasEvicted = true
            }
            slots[i].value = 0
        }
        for slot in kept { Self.place(slot, hash: Self.hash(slot.low, slot.high), in: slots, mask: mask) }
        shard.pointee.count = kept.count
        last.value = 0
    }
}

/// The names of a batch's rows as interner keys, with the bytes of those longer than 15 bytes (whose keys are
/// digests), collected while rows are decoded and interned together (``Interner/ids(_:names:)``).
struct NameKeys {
    fileprivate private(set) var low: [UInt64] = []
    fileprivate private(set) var high: [UInt64] = []
    fileprivate private(set) var longBytes: [UInt8] = []
    fileprivate private(set) var longEnds: [Int] = []

    var count: Int { low.count }

    mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        if let composed = Interner.composed(bytes[range]) { return append(composed, 0..<composed.count) }
        let (low, high) = bytes.withUnsafeBytes { Interner.key(UnsafeRawBufferPointer(rebasing: $0[range])) }
        self.low.append(low)
        self.high.append(high)
        if range.count > 15 {
            longBytes.append(contentsOf: bytes[range])
            longEnds.append(longBytes.count)
        }
    }

    mutating func append(_ bytes: [UInt8]) { append(bytes, 0..<bytes.count) }

    /// No name in this row.
    mutating func appendAbsent() {
        low.append(0)
        high.append(0)
    }

    mutating func removeAll() {
        low.removeAll(keepingCapacity: true)
        high.removeAll(keepingCapacity: true)
        longBytes.removeAll(keepingCapacity: true)
        longEnds.removeAll(keepingCapacity: true)
    }

}

/// A database's pseudonyms computed from raw bytes: the keyed HMAC-SHA256 of ``Pseudonymizer`` (the domain, a zero
/// byte, then the name in NFC; the domain and 64 bits in hex), with both key blocks hashed once and no string
/// built on the way. It is only used after giving the pseudonymizer's own pseudonyms for a set of probes.
struct PseudonymHasher: @unchecked Sendable {
    private let account: SHA256
    private let user: SHA256
    private let outer: SHA256

    /// Nil when the database has no key or the probes disagree (ingest then uses `pseudonymizer` itself).
    init?(key: Data?, matching pseudonymizer: Pseudonymizer) {
        guard let key else { return nil }
        var block = [UInt8](repeating: 0, count: 64)
        if key.count > 64 {
            SHA256.hash(data: key).withUnsafeBytes { block.replaceSubrange(0..<$0.count, with: $0) }
        } else {
            block.replaceSubrange(0..<key.count, with: key)
        }
        var inner = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(data: block.map { $0 ^ 0x5C })
        self.outer = outer
        var account = inner, user = inner
        account.update(data: Array(Pseudonymizer.Domain.account.rawValue.utf8) + [0])
        user.update(data: Array(Pseudonymizer.Domain.user.rawValue.utf8) + [0])
        self.account = account
        self.user = user
        for probe in ["C-1", "caf\u{E9}-client", "cafe\u{301}-client", "a-much-longer-identifier@example.com", "\u{1F600}"] {
            for domain in [Pseudonymizer.Domain.account, .user] {
                let mine = Array(probe.utf8).withUnsafeBytes { pseudonym($0, domain) }
                guard mine == pseudonymizer.pseudonym(probe, domain) else { return nil }
            }
        }
    }

    /// The pseudonym of the name in `raw` (UTF-8).
    func pseudonym(_ raw: UnsafeRawBufferPointer, _ domain: Pseudonymizer.Domain) -> String {
        var inner = domain == .account ? account : user
        if raw.contains(where: { $0 >= 0x80 }) {
            var text = String(decoding: raw, as: UTF8.self).precomposedStringWithCanonicalMapping
            text.withUTF8 { inner.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        } else {
            inner.update(bufferPointer: raw)
        }
        var outer = outer
        inner.finalize().withUnsafeBytes { outer.update(bufferPointer: $0) }
        let prefix = domain.rawValue.utf8
        return outer.finalize().withUnsafeBytes { digest in
            String(unsafeUninitializedCapacity: prefix.count + 17) { text in
                let hex = Array("0123456789abcdef".utf8)
                var at = 0
                for byte in prefix {
                    text[at] = byte
                    at += 1
                }
                text[at] = UInt8(ascii: "-")
                at += 1
                for byte in digest.prefix(8) {
                    text[at] = hex[Int(byte >> 4)]
                    text[at + 1] = hex[Int(byte & 0x0F)]
                    at += 2
                }
                return at
            }
        }
    }
}

/// A row id handed out for a name that the writer has yet to find or create: negative, it names the batch and
/// the name's index among that batch's pending names of its kind.
enum PendingID {
    @inline(__always)
    static func make(batch: Int, index: Int) -> Int64 { -((Int64(batch) << 32) | Int64(index)) - 1 }

    @inline(__always)
    static func parts(_ id: Int64) -> (batch: Int, index: Int) {
        let value = -(id + 1)
        return (Int(value >> 32), Int(value & 0xFFFF_FFFF))
    }
}
