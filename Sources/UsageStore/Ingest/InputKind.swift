/// The inputs of the input contract (plus per-account features computed elsewhere), and their canonical columns.
public enum InputKind: String, CaseIterable, Sendable {
    case events, accounts, outcomes, features

    /// Canonical columns that must be present.
    var requiredColumns: [String] {
        switch self {
        case .events: ["account", "time"]
        case .accounts: ["account"]
        case .outcomes: ["account", "metric"]
        case .features: ["account"]
        }
    }

    /// Canonical columns that may be present.
    var optionalColumns: [String] {
        switch self {
        case .events: ["user", "event", "count", "duration", "value"]
        case .accounts: ["industry", "size", "region", "plan", "seats", "started", "renewed"]
        case .outcomes: ["before", "after", "unit", "measured"]
        case .features: []
        }
    }

    /// All canonical columns, required first.
    var canonicalColumns: [String] { requiredColumns + optionalColumns }

    /// Whether columns outside the canonical set are kept (as text attributes).
    var keepsOtherColumns: Bool { self == .accounts || self == .features }

    /// Names that often stand for a canonical column in other exports, to suggest a `--map`.
    static let commonAliases: [String: [String]] = [
        "account": ["customer", "client", "company", "account_id", "accountid", "customer_id", "org", "organization", "tenant"],
        "time": ["date", "timestamp", "datetime", "day", "ts", "occurred_at", "created_at", "event_time"],
        "user": ["user_id", "userid", "member", "seat", "login"],
        "event": ["feature", "action", "event_name", "name", "type"],
        "count": ["quantity", "qty", "n", "events", "hits"],
        "duration": ["seconds", "time_spent", "duration_s"],
        "value": ["amount", "revenue", "price", "total"],
        "metric": ["kpi", "measure", "outcome"],
    ]
}
