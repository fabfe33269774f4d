/// Checks and converts one raw record of a given kind into typed rows of a batch.
///
/// Messages name the file's column and what is wrong, never the value: a header can be wrong, so any value
/// might be an identifier. Text kept as it is (event names, attributes) loses its control characters.
struct RowDecoder {
    let kind: InputKind
    let plan: ColumnPlan
    /// Latest acceptable time (Unix seconds): now plus one day.
    let latest: Int64
    private var accounts: Interner
    private var users: Interner
    private var features: Interner
    /// The names of the event rows decoded since the last ``finish(_:)``.
    private var accountNames = NameKeys()
    private var userNames = NameKeys()
    private var featureNames = NameKeys()

    /// Prepares to decode, holding at most `budget` of names in memory (the store resolves the others).
    init(kind: InputKind, plan: ColumnPlan, pseudonymizer: Pseudonymizer, hasher: PseudonymHasher? = nil, now: Int64,
         budget: Interner.Budget = .standard) {
        self.kind = kind
        self.plan = plan
        self.latest = now + 86_400
        accounts = Interner(pseudonymizer: pseudonymizer, hasher: hasher, domain: .account, maxSlots: budget.accounts)
        users = Interner(pseudonymizer: pseudonymizer, hasher: hasher, domain: .user, maxSlots: budget.users)
        features = Interner(pseudonymizer: nil, maxSlots: budget.features)
    }

    /// Frees the interners' tables once the file is read, before the writer's last work (an index build) needs
    /// memory.
    mutating func release() {
        accounts = Interner(pseudonymizer: nil, maxSlots: 0)
        users = accounts
        features = accounts
    }

    /// Names held in memory: accounts, users, event names.
    var residents: (accounts: Int, users: Int, features: Int) { (accounts.residents, users.residents, features.residents) }
    /// Bytes of the interners' tables.
    var internerBytes: Int { accounts.bytes + users.bytes + features.bytes }

    /// Makes resident the ids the writer resolved, then starts filling `batch` (numbered `number`).
    mutating func begin(_ batch: inout IngestBatch, number: Int, resolved: [Resolution], settled: Int) {
        for resolution in resolved {
            accounts.resolve(resolution.batch, resolution.accounts)
            users.resolve(resolution.batch, resolution.users)
            features.resolve(resolution.batch, resolution.features)
        }
        batch.number = number
        batch.settled = settled
        if kind == .events {
            // A batch's columns are sized once, not grown row by row.
            batch.events.time.reserveCapacity(IngestBatch.capacity)
            batch.events.count.reserveCapacity(IngestBatch.capacity)
            batch.events.duration.reserveCapacity(IngestBatch.capacity)
            batch.events.value.reserveCapacity(IngestBatch.capacity)
        }
        accounts.begin(batch: number)
        users.begin(batch: number)
        features.begin(batch: number)
    }

    /// Gives the batch's event rows their account, user and event ids.
    mutating func finish(_ batch: inout IngestBatch) {
        guard accountNames.count > 0 else { return }
        batch.events.account = accounts.ids(accountNames, names: &batch.newAccounts)
        batch.events.user = users.ids(userNames, names: &batch.newUsers)
        batch.events.feature = features.ids(featureNames, names: &batch.newFeatures)
        accountNames.removeAll()
        userNames.removeAll()
        featureNames.removeAll()
        batch.usersEvicted = users.hasEvicted
    }

    /// Forgets the pending names of a batch that is not written.
    mutating func discard(batch: Int) {
        accounts.discard(batch: batch)
        users.discard(batch: batch)
        features.discard(batch: batch)
    }

    /// Appends the record's row to `batch`, or returns what is wrong with it.
    mutating func decode(_ record: RawRecord, into batch: inout IngestBatch) -> String? {
        guard record.fieldCount == plan.fieldCount else {
            return "expected \(plan.fieldCount) field\(plan.fieldCount == 1 ? "" : "s"), found \(record.fieldCount)"
        }
        guard record.isValidUTF8 else { return "not valid UTF-8" }
        guard let account = plan.field(.account), !record.isBlank(account) else {
            return "column \"\(plan.name(.account))\" is empty"
        }
        let result: String? = switch kind {
        case .events: decodeEvent(record, &batch)
        case .accounts: decodeAccount(record, &batch)
        case .outcomes: decodeOutcome(record, &batch)
        case .features: decodeFeatures(record, &batch)
        }
        if result == nil { batch.rows += 1 }
        return result
    }

    private mutating func decodeEvent(_ record: RawRecord, _ batch: inout IngestBatch) -> String? {
        let time: Int64
        switch self.time(.time, record, required: true) {
        case .failure(let problem): return problem.message
        case .success(let value): time = value!
        }
        // Three calls rather than a loop over an array: nothing is allocated per row.
        let count: Double, duration: Double, value: Double
        switch number(.count, record, allowsNegative: false, largest: Self.largestCount) {
        case .failure(let problem): return problem.message
        case .success(let number): count = number ?? 1
        }
        switch number(.duration, record, allowsNegative: false, largest: Self.largestDuration) {
        case .failure(let problem): return problem.message
        case .success(let number): duration = number ?? .nan
        }
        switch number(.value, record, allowsNegative: true, largest: Self.largestValue) {
        case .failure(let problem): return problem.message
        case .success(let number): value = number ?? .nan
        }
        // Names are interned when the batch is full, all together (``finish(_:)``).
        accountNames.append(record.bytes, record.trimmedRange(plan.field(.account)!))
        if let i = plan.field(.user), !record.isBlank(i) { userNames.append(record.bytes, record.trimmedRange(i)) } else { userNames.appendAbsent() }
        if let i = plan.field(.event), !record.isBlank(i) {
            featureNames.append(record.bytes, record.trimmedRange(i))
        } else {
            featureNames.append(Self.activity)
        }
        batch.events.time.append(time)
        batch.events.count.append(count)
        batch.events.duration.append(duration)
        batch.events.value.append(value)
        return nil
    }

    private mutating func decodeAccount(_ record: RawRecord, _ batch: inout IngestBatch) -> String? {
        var seats: Int64?
        if let i = plan.field(.seats), !record.isBlank(i) {
            guard let value = FieldParser.number(record.bytes, record.range(i)), value >= 0, value == value.rounded(),
                  value <= Self.largestCount
            else { return "column \"\(plan.name(.seats))\": not a whole number of seats" }
            seats = Int64(value)
        }
        let started: Int64?
        switch time(.started, record, required: false) {
        case .failure(let problem): return problem.message
        case .success(let value): started = value
        }
        var renewed: Bool?
        if let i = plan.field(.renewed), !record.isBlank(i) {
            guard let word = IngestContract.renewed(record.trimmedText(i)) else {
                return "column \"\(plan.name(.renewed))\": not yes, no or blank"
            }
            renewed = word
        }
        let account = Self.intern(&accounts, plan, .account, record, &batch.newAccounts)!
        batch.profiles.append(AccountProfileRow(
            account: account, industry: text(.industry, record), size: text(.size, record),
            region: text(.region, record), plan: text(.plan, record), seats: seats, started: started, renewed: renewed))
        for (name, i) in plan.others where !record.isBlank(i) {
            batch.attributes.append(AccountAttributeRow(account: account, name: name, value: CleanText.clean(record.trimmedText(i))))
        }
        return nil
    }

    private mutating func decodeOutcome(_ record: RawRecord, _ batch: inout IngestBatch) -> String? {
        guard let metric = text(.metric, record) else { return "column \"\(plan.name(.metric))\" is empty" }
        var values: [Double?] = [nil, nil]
        for (slot, column) in [Column.before, .after].enumerated() {
            switch number(column, record, allowsNegative: true, largest: Self.largestValue) {
            case .failure(let problem): return problem.message
            case .success(let value): values[slot] = value
            }
        }
        guard values[0] != nil || values[1] != nil else { return "neither \"before\" nor \"after\" has a value" }
        let measured: Int64?
        switch time(.measured, record, required: false) {
        case .failure(let problem): return problem.message
        case .success(let value): measured = value
        }
        let account = Self.intern(&accounts, plan, .account, record, &batch.newAccounts)!
        batch.outcomes.append(OutcomeRow(
            account: account, metric: metric, before: values[0], after: values[1], unit: text(.unit, record), measured: measured))
        return nil
    }

    /// Every column but `account` is a number: a feature computed by the team's own warehouse.
    private mutating func decodeFeatures(_ record: RawRecord, _ batch: inout IngestBatch) -> String? {
        var values: [(String, Double)] = []
        for (name, i) in plan.others {
            guard !record.isBlank(i) else { return "column \"\(name)\" is empty (every feature needs a value)" }
            guard let value = FieldParser.number(record.bytes, record.range(i)), abs(value) <= Self.largestValue else {
                return "column \"\(name)\": not a number between -1e15 and 1e15"
            }
            values.append((name, value))
        }
        let account = Self.intern(&accounts, plan, .account, record, &batch.newAccounts)!
        for (name, value) in values { batch.features.append(AccountAttributeRow(account: account, name: name, value: String(value))) }
        return nil
    }

    // MARK: Fields

    /// The row id of a canonical column's name, nil when absent or blank.
    /// (Static, so that the interner is the only thing borrowed and stays uniquely referenced.)
    private static func intern(_ interner: inout Interner, _ plan: ColumnPlan, _ column: Column, _ record: RawRecord,
                               _ names: inout [String]) -> Int64? {
        guard let i = plan.field(column), !record.isBlank(i) else { return nil }
        return interner.id(record.bytes, record.trimmedRange(i), names: &names)
    }

    private static let activity: [UInt8] = Array("activity".utf8)

    /// Trimmed text of a canonical column, nil when absent or blank.
    private func text(_ column: Column, _ record: RawRecord) -> String? {
        guard let i = plan.field(column), !record.isBlank(i) else { return nil }
        return CleanText.clean(record.trimmedText(i))
    }

    /// The accepted magnitudes of `count`, `duration` (seconds) and `value`: far above any real usage, and low
    /// enough that sums over billions of rows stay finite.
    static let largestCount = 1e12, largestDuration = 1e9, largestValue = 1e15

    private func number(_ column: Column, _ record: RawRecord, allowsNegative: Bool, largest: Double) -> Result<Double?, IngestProblem> {
        guard let i = plan.field(column), !record.isBlank(i) else { return .success(nil) }
        guard let value = FieldParser.number(record.bytes, record.range(i)) else {
            return .failure(problem(column, "not a number"))
        }
        if value < 0 && !allowsNegative { return .failure(problem(column, "negative")) }
        if abs(value) > largest { return .failure(problem(column, "out of range (at most 1e\(Int(largest).description.count - 1) in size)")) }
        return .success(value)
    }

    private func time(_ column: Column, _ record: RawRecord, required: Bool) -> Result<Int64?, IngestProblem> {
        guard let i = plan.field(column), !record.isBlank(i) else {
            return required ? .failure(.init(line: nil, message: "column \"\(plan.name(column))\" is empty")) : .success(nil)
        }
        guard let value = FieldParser.time(record.bytes, record.range(i)) else {
            return .failure(problem(column, "not a date (expected an ISO-8601 date or date-time, or Unix seconds)"))
        }
        if value < 0 { return .failure(problem(column, "before 1970")) }
        if value > latest { return .failure(problem(column, "more than a day in the future")) }
        return .success(value)
    }

    private func problem(_ column: Column, _ message: String) -> IngestProblem {
        .init(line: nil, message: "column \"\(plan.name(column))\": \(message)")
    }
}
