import Foundation

/// Gives each name of a file (account, user, event name) its row id, in memory bounded whatever the number of
/// distinct names.
///
/// A name is keyed by its raw bytes: up to 15 bytes as they are (with the length), longer ones by two keyed
/// SipHash digests (120 bits), so a hit is exact without the stored name. Keys and ids live in 24-byte slots of
/// an open-addressing table cut into 64 shards that double one at a time up to the budget and stay at most 3/4
/// full: 64 bytes per resident name at most, 32 when full. A full shard sweeps out the names not used since its
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

        /// 24 MB for accounts (786,432 resident), 48 MB for users (1,572,864 resident), 1.5 MB for event names.
        static let standard = Budget(accounts: 1 << 20, users: 1 << 21, features: 1 << 16)
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
            for i in 0..<Interner.shardCount { shards[i].slots.deallocate() }
            shards.deallocate()
        }
    }

    private static let shardCount = 64
    private static let firstShardSlots = 16
    private static let referenced: Int64 = 1 << 62
    /// Per-process seed of the probe hash, so that no file can aim its names at one probe sequence.
    private static let seed = UInt64.random(in: .min ... .max)

    private let pseudonymizer: Pseudonymizer?
    private let domain: Pseudonymizer.Domain
    private let memory: Memory
    private let shards: UnsafeMutablePointer<Shard>
    private let maxShardSlots: Int
    /// The batch being filled, and the keys of each batch's pending names not yet resolved, by pending index.
    private var batch = 0
    private var pending: [(batch: Int, keys: [(UInt64, UInt64)])] = []
    /// The last name looked up (consecutive rows often share their account).
    private var last: Slot = Slot(low: 0, high: 0, value: 0)

    /// An interner for names stored pseudonymized (`pseudonymizer`) or cleaned (event names, without one).
    init(pseudonymizer: Pseudonymizer?, domain: Pseudonymizer.Domain = .account, maxSlots: Int) {
        self.pseudonymizer = pseudonymizer
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
        let (low, high) = Self.key(raw)
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
        names.append(storedName(raw))
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
    private func storedName(_ raw: UnsafeRawBufferPointer) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        if let pseudonymizer { return pseudonymizer.pseudonym(text, domain) }
        return CleanText.clean(text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping)
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

    private static func emptyShard(_ slots: Int) -> Shard {
        let memory = UnsafeMutablePointer<Slot>.allocate(capacity: slots)
        memory.initialize(repeating: Slot(low: 0, high: 0, value: 0), count: slots)
        return Shard(slots: memory, mask: slots - 1, count: 0)
    }

    /// Adds a slot known to be absent: the shard doubles while under budget, or sweeps when full.
    private mutating func insert(_ slot: Slot, hash: UInt64, into shard: UnsafeMutablePointer<Shard>) {
        if (shard.pointee.count + 1) * 4 > (shard.pointee.mask + 1) * 3 {
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
        old.slots.deallocate()
        shard.pointee = Shard(slots: grown.slots, mask: grown.mask, count: old.count)
    }

    /// Evicts the names not used since the last sweep or their resolution, keeping pending names while room is left
    /// (they are resolved within a few batches) and, when more than 9/16 of the slots were used, dropping names by
    /// position; clears the marks of the rest, then moves every kept slot back to where a lookup looks for it.
    private mutating func sweep(_ shard: UnsafeMutablePointer<Shard>) {
        let slots = shard.pointee.slots, mask = shard.pointee.mask
        let keep = (mask + 1) * 9 / 16
        var used = 0
        for i in 0...mask where slots[i].value > 0 && slots[i].value & Self.referenced != 0 { used += 1 }
        var kept = 0, pendingRoom = max(0, keep - used)
        for i in 0...mask where slots[i].value != 0 {
            let value = slots[i].value
            if value > 0 && value & Self.referenced != 0 && kept < keep {
                slots[i].value = value & ~Self.referenced
                kept += 1
            } else if value < 0 && pendingRoom > 0 {
                pendingRoom -= 1
                kept += 1
            } else {
                slots[i].value = 0
            }
        }
        shard.pointee.count = kept
        // Reinsert in probe order from an empty slot: each kept slot lands between its home and where it was.
        var start = 0
        while slots[start].value != 0 { start += 1 }
        for step in 1...(mask + 1) {
            let i = (start + step) & mask
            let slot = slots[i]
            if slot.value == 0 { continue }
            slots[i].value = 0
            Self.place(slot, hash: Self.hash(slot.low, slot.high), in: slots, mask: mask)
        }
        last.value = 0
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
