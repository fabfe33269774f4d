/// A block of decoded rows on its way from the parser thread to the database writer.
/// Identities are final row ids; `new…` lists the ones to insert first, with their stored names.
struct IngestBatch: Sendable {
    var newAccounts: [(Int64, String)] = []
    var newUsers: [(Int64, String)] = []
    var newFeatures: [(Int64, String)] = []
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
