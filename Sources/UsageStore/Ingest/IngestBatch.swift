import Foundation

/// A block of decoded rows on its way from the parser thread to the database writer.
///
/// Identities are row ids, or pending ids (``PendingID``) for names the reader does not hold: `new…` lists
/// their stored names by pending index, for the writer to find or create before it writes the rows.
struct IngestBatch: Sendable {
    /// Rows in a full batch.
    static let capacity = 8192

    /// This batch's number, from 0.
    var number = 0
    /// Every batch up to this one has had its pending ids resolved in the reader (or was never sent): no row of
    /// this batch or a later one refers to them.
    var settled = -1
    var newAccounts: [String] = []
    var newUsers: [String] = []
    var newFeatures: [String] = []
    /// Whether the reader has evicted a user since the file began: a pending user may then be one already written.
    var usersEvicted = false
    var events = EventColumns()
    var profiles: [AccountProfileRow] = []
    var attributes: [AccountAttributeRow] = []
    var outcomes: [OutcomeRow] = []
    var features: [AccountAttributeRow] = []
    var rows = 0
}

/// Event rows, column by column; NaN (or a user id of 0) stands for a missing value.
struct EventColumns: Sendable {
    var account: [Int64] = []
    var user: [Int64] = []
    var time: [Int64] = []
    var feature: [Int64] = []
    var count: [Double] = []
    var duration: [Double] = []
    var value: [Double] = []
}

struct AccountProfileRow: Sendable {
    var account: Int64
    var industry, size, region, plan: String?
    var seats: Int64?
    var started: Int64?
    var renewed: Bool?
}

struct AccountAttributeRow: Sendable {
    var account: Int64
    var name: String
    var value: String
}

struct OutcomeRow: Sendable {
    var account: Int64
    var metric: String
    var before, after: Double?
    var unit: String?
    var measured: Int64?
}

/// The row ids the writer found or created for one batch's pending names, by pending index.
struct Resolution: Sendable {
    var batch: Int
    var accounts: [Int64] = []
    var users: [Int64] = []
    var features: [Int64] = []
}

/// Resolutions on their way back from the writer to the reader, taken at each new batch.
final class ResolutionQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Resolution] = []

    func post(_ resolution: Resolution) {
        lock.lock()
        items.append(resolution)
        lock.unlock()
    }

    /// Everything posted so far, oldest first.
    func take() -> [Resolution] {
        lock.lock()
        defer { lock.unlock() }
        let taken = items
        items = []
        return taken
    }
}
