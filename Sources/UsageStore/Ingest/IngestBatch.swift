/// A block of decoded rows on its way from the parser thread to the database writer.
/// Identities are local indexes; `new…` lists the names first seen in this batch, in index order.
struct IngestBatch: Sendable {
    var newAccounts: [String] = []
    var newUsers: [String] = []
    var newFeatures: [String] = []
    var events = EventColumns()
    var profiles: [AccountProfileRow] = []
    var attributes: [AccountAttributeRow] = []
    var outcomes: [OutcomeRow] = []
    var rows = 0
}

/// Event rows, column by column; NaN stands for a missing value.
struct EventColumns: Sendable {
    var account: [Int32] = []
    var user: [Int32] = []
    var time: [Int64] = []
    var feature: [Int32] = []
    var count: [Double] = []
    var duration: [Double] = []
    var value: [Double] = []
}

struct AccountProfileRow: Sendable {
    var account: Int32
    var industry, size, region, plan: String?
    var seats: Int64?
    var started: Int64?
    var renewed: Bool?
}

struct AccountAttributeRow: Sendable {
    var account: Int32
    var name: String
    var value: String
}

struct OutcomeRow: Sendable {
    var account: Int32
    var metric: String
    var before, after: Double?
    var unit: String?
    var measured: Int64?
}
