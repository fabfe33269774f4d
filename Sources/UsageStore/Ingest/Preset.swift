/// A product-analytics vendor's NDJSON export layout, so that `--preset` loads it without working out a mapping:
/// where each canonical column sits, which records are usage, and how a few fields are read.
///
/// The account is a group: Segment's `context.groupId` (or `groupId`); the group type named by `group` in
/// Amplitude's `groups` and PostHog's `properties.$groups` (their only group type when `group` is nil); the
/// group key property named by `group` in Mixpanel's `properties` (required). `--map` entries override a preset's.
public struct Preset: Sendable, Equatable {
    public enum Vendor: String, CaseIterable, Sendable {
        case segment, amplitude, mixpanel, posthog
    }

    public let vendor: Vendor
    /// The group type (Amplitude, PostHog) or group key property (Mixpanel) that holds the account.
    public let group: String?

    /// Canonical column → key path, in ``FieldPath`` syntax.
    let columns: [String: String]
    /// Which records are usage.
    let rule: RecordRule
    /// The key path whose numbers may be Unix milliseconds (read as such from 1e11 up, years past 5000 in seconds).
    let millisecondsIn: String?
    /// Where the account is read from, in words for messages.
    private let accountSource: String
    /// The object whose only member is the account, when no group was named.
    private let groupObject: String?

    /// Which records of an export count as usage.
    enum RecordRule: Sendable, Equatable {
        /// Only records whose `path` holds `value`; a record without it is refused (its kind is unknown).
        case only(path: String, value: String)
        /// Records whose `path` holds one of `values` (identity bookkeeping, not usage) are skipped.
        case except(path: String, values: Set<String>)

        /// The key path the rule reads.
        var path: String {
            switch self {
            case .only(let path, _), .except(let path, _): path
            }
        }
    }

    /// The layout of `vendor`'s export; `group` picks the group type or key. Throws when `group` is missing for
    /// Mixpanel, given for Segment, or blank.
    public init(_ vendor: Vendor, group: String? = nil) throws(IngestError) {
        self.vendor = vendor
        self.group = group
        if let group, group.trimmingWhitespace().isEmpty {
            throw IngestError(file: "--group", problems: [.init(line: nil, message: "is empty; name a group type or key")])
        }
        let groupKey = group.map(FieldPath.escape)
        switch vendor {
        case .segment:
            if group != nil {
                throw IngestError(file: "--group", problems: [.init(line: nil, message:
                    "does not apply to the segment preset, which reads the account from context.groupId or groupId")])
            }
            columns = ["account": "context.groupId|groupId", "user": "userId", "time": "timestamp", "event": "event",
                       "value": "properties.revenue"]
            rule = .only(path: "type", value: "track")
            millisecondsIn = nil
            accountSource = "\"context.groupId\" or \"groupId\""
            groupObject = nil
        case .amplitude:
            columns = ["account": "groups." + (groupKey ?? "*"), "user": "user_id", "time": "event_time", "event": "event_type"]
            rule = .except(path: "event_type", values: ["$identify", "$groupidentify"])
            millisecondsIn = nil
            accountSource = group.map { "\"groups.\($0)\" (--group)" } ?? "the only group type in \"groups\""
            groupObject = group == nil ? "groups" : nil
        case .mixpanel:
            guard let group, let groupKey else {
                throw IngestError(file: "--preset mixpanel", problems: [.init(line: nil, message:
                    "needs --group KEY: the event property that holds the account (the project's group key, such as company_id)")])
            }
            columns = ["account": "properties." + groupKey, "user": "properties.distinct_id", "time": "properties.time", "event": "event"]
            rule = .except(path: "event", values: ["$identify", "$create_alias"])
            millisecondsIn = "properties.time"
            accountSource = "\"properties.\(group)\" (--group)"
            groupObject = nil
        case .posthog:
            columns = ["account": "properties.$groups." + (groupKey ?? "*"), "user": "distinct_id", "time": "timestamp", "event": "event"]
            rule = .except(path: "event", values: ["$identify", "$groupidentify", "$set", "$create_alias"])
            millisecondsIn = nil
            accountSource = group.map { "\"properties.$groups.\($0)\" (--group)" } ?? "the only group type in \"properties.$groups\""
            groupObject = group == nil ? "properties.$groups" : nil
        }
    }

    /// What to say when a record gives no single account: which preset field was missing, never a value.
    func accountProblem(_ lookup: FieldLookup) -> String? {
        switch lookup {
        case .value: nil
        case .absent: "no account: the \(vendor.rawValue) preset reads it from \(accountSource), which this record lacks"
        case .choice(let members, _):
            "no single account: \"\(groupObject ?? "groups")\" holds \(members) group types; choose one with --group TYPE"
        case .object, .list, .outOfRange: "no account: " + (lookup.problem ?? "")
        }
    }

    /// The preset's layout for provenance (`preset=amplitude,group=company`).
    var description: String { "preset=\(vendor.rawValue)" + (group.map { ",group=\($0)" } ?? "") }
}
