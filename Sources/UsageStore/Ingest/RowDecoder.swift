/// Checks and converts one raw record of a given kind into typed rows of a batch.
///
/// Messages name the file's column and, for values that are not identifiers, the value;
/// identifier values are never repeated.
struct RowDecoder {
    let kind: InputKind
    let plan: ColumnPlan
    /// Latest acceptable time (Unix seconds): now plus one day.
    let latest: Int64
    private var accounts: Interner
    private var users: Interner
    private var features = Interner(pseudonymizer: nil)

    init(kind: InputKind, plan: ColumnPlan, pseudonymizer: Pseudonymizer, now: Int64) {
        self.kind = kind
        self.plan = plan
        self.latest = now + 86_400
        accounts = Interner(pseudonymizer: pseudonymizer, domain: .account)
        users = Interner(pseudonymizer: pseudonymizer, domain: .user)
    }

    /// Appends the record's row to `batch`, or returns what is wrong with it.
    mutating func decode(_ record: RawRecord, into batch: inout IngestBatch) -> String? {
        guard record.fieldCount == plan.fieldCount else {
            return "expected \(plan.fieldCount) field\(plan.fieldCount == 1 ? "" : "s"), found \(record.fieldCount)"
        }
        guard record.isValidUTF8 else { return "not valid UTF-8" }
        guard let account = plan.index["account"], !record.isBlank(account) else {
            return "column \"\(plan.names["account"] ?? "account")\" is empty"
        }
        let result: String? = switch kind {
        case .events: decodeEvent(record, &batch)
        case .accounts: decodeAccount(record, &batch)
        case .outcomes: decodeOutcome(record, &batch)
        }
        if result == nil { batch.rows += 1 }
        return result
    }

    private mutating func decodeEvent(_ record: RawRecord, _ batch: inout IngestBatch) -> String? {
        let time: Int64
        switch self.time("time", record, required: true) {
        case .failure(let problem): return problem.message
        case .success(let value): time = value!
        }
        var numbers: [Double] = [1, .nan, .nan]
        for (slot, column) in ["count", "duration", "value"].enumerated() {
            switch number(column, record, allowsNegative: column == "value") {
            case .failure(let problem): return problem.message
            case .success(let value): if let value { numbers[slot] = value }
            }
        }
        let accountID = accounts.id(text("account", record)!, fresh: &batch.newAccounts)
        let userID = text("user", record).map { users.id($0, fresh: &batch.newUsers) } ?? -1
        let featureID = features.id(text("event", record) ?? "activity", fresh: &batch.newFeatures)
        batch.events.account.append(accountID)
        batch.events.user.append(userID)
        batch.events.time.append(time)
        batch.events.feature.append(featureID)
        batch.events.count.append(numbers[0])
        batch.events.duration.append(numbers[1])
        batch.events.value.append(numbers[2])
        return nil
    }

    private mutating func decodeAccount(_ record: RawRecord, _ batch: inout IngestBatch) -> String? {
        var seats: Int64?
        if let i = plan.index["seats"], !record.isBlank(i) {
            guard let value = FieldParser.number(record.bytes, record.range(i)), value >= 0, value == value.rounded()
            else { return "column \"\(plan.names["seats"]!)\": \(quoted(record, i)) is not a whole number of seats" }
            seats = Int64(value)
        }
        let started: Int64?
        switch time("started", record, required: false) {
        case .failure(let problem): return problem.message
        case .success(let value): started = value
        }
        var renewed: Bool?
        if let i = plan.index["renewed"], !record.isBlank(i) {
            switch record.text(i).trimmingWhitespace().lowercased() {
            case "yes", "y", "true", "1", "oui", "o": renewed = true
            case "no", "n", "false", "0", "non": renewed = false
            default: return "column \"\(plan.names["renewed"]!)\": \(quoted(record, i)) is not yes, no or blank"
            }
        }
        let account = accounts.id(text("account", record)!, fresh: &batch.newAccounts)
        batch.profiles.append(AccountProfileRow(
            account: account, industry: text("industry", record), size: text("size", record),
            region: text("region", record), plan: text("plan", record), seats: seats, started: started, renewed: renewed))
        for (name, i) in plan.others where !record.isBlank(i) {
            batch.attributes.append(AccountAttributeRow(account: account, name: name, value: record.text(i).trimmingWhitespace()))
        }
        return nil
    }

    private mutating func decodeOutcome(_ record: RawRecord, _ batch: inout IngestBatch) -> String? {
        guard let metric = text("metric", record) else { return "column \"\(plan.names["metric"]!)\" is empty" }
        var values: [Double?] = [nil, nil]
        for (slot, column) in ["before", "after"].enumerated() {
            switch number(column, record, allowsNegative: true) {
            case .failure(let problem): return problem.message
            case .success(let value): values[slot] = value
            }
        }
        guard values[0] != nil || values[1] != nil else { return "neither \"before\" nor \"after\" has a value" }
        let measured: Int64?
        switch time("measured", record, required: false) {
        case .failure(let problem): return problem.message
        case .success(let value): measured = value
        }
        let account = accounts.id(text("account", record)!, fresh: &batch.newAccounts)
        batch.outcomes.append(OutcomeRow(
            account: account, metric: metric, before: values[0], after: values[1], unit: text("unit", record), measured: measured))
        return nil
    }

    // MARK: Fields

    /// Trimmed text of a canonical column, nil when absent or blank.
    private func text(_ column: String, _ record: RawRecord) -> String? {
        guard let i = plan.index[column], !record.isBlank(i) else { return nil }
        return record.text(i).trimmingWhitespace()
    }

    private func number(_ column: String, _ record: RawRecord, allowsNegative: Bool) -> Result<Double?, IngestProblem> {
        guard let i = plan.index[column], !record.isBlank(i) else { return .success(nil) }
        guard let value = FieldParser.number(record.bytes, record.range(i)) else {
            return .failure(problem(column, "\(quoted(record, i)) is not a number"))
        }
        if value < 0 && !allowsNegative { return .failure(problem(column, "\(quoted(record, i)) is negative")) }
        return .success(value)
    }

    private func time(_ column: String, _ record: RawRecord, required: Bool) -> Result<Int64?, IngestProblem> {
        guard let i = plan.index[column], !record.isBlank(i) else {
            return required ? .failure(.init(line: nil, message: "column \"\(plan.names[column] ?? column)\" is empty")) : .success(nil)
        }
        guard let value = FieldParser.time(record.bytes, record.range(i)) else {
            return .failure(problem(column, "\(quoted(record, i)) is not a date (expected an ISO-8601 date or date-time, or Unix seconds)"))
        }
        if value < 0 { return .failure(problem(column, "\(quoted(record, i)) is before 1970")) }
        if value > latest { return .failure(problem(column, "\(quoted(record, i)) is more than a day in the future")) }
        return .success(value)
    }

    private func problem(_ column: String, _ message: String) -> IngestProblem {
        .init(line: nil, message: "column \"\(plan.names[column] ?? column)\": \(message)")
    }

    /// A field value in quotes for a message, shortened when long.
    private func quoted(_ record: RawRecord, _ i: Int) -> String {
        let text = record.text(i)
        return "\"" + (text.count > 40 ? text.prefix(40) + "…" : text) + "\""
    }
}
