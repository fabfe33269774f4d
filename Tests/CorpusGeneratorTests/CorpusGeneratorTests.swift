import Foundation
import Testing

@testable import CorpusGenerator

/// Writes a small corpus into a fresh temporary directory, hands it to `body`, then removes it.
private func withCorpus<T>(accounts: Int = 60, months: Int = 3, seed: UInt64 = 7,
                           _ body: (URL, CorpusSummary) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let summary = try CorpusGenerator(CorpusConfiguration(accounts: accounts, months: months, seed: seed)).write(to: directory)
    return try body(directory, summary)
}

/// The rows of a corpus file, header first, split on commas (the generator's fields never need quoting).
private func rows(_ directory: URL, _ name: String) throws -> [[String]] {
    let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    #expect(text.hasSuffix("\n"))
    #expect(!text.contains("\""))
    #expect(!text.contains("\r"))
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}

private let files = ["events.csv", "accounts.csv", "outcomes.csv"]

@Test func sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws {
    func contents(seed: UInt64) throws -> [Data] {
        try withCorpus(seed: seed) { directory, _ in
            try files.map { try Data(contentsOf: directory.appendingPathComponent($0)) }
        }
    }
    let first = try contents(seed: 42), again = try contents(seed: 42), other = try contents(seed: 43)
    #expect(first == again)
    for index in files.indices { #expect(first[index] != other[index]) }
}

@Test func headersAreExactlyTheContract() throws {
    try withCorpus { directory, _ in
        let headers = try files.map { try rows(directory, $0).first ?? [] }
        #expect(headers[0] == ["account", "user", "time", "event", "count", "duration"])
        #expect(headers[1] == ["account", "industry", "size", "region", "plan", "seats", "started", "renewed", "planted"])
        #expect(headers[2] == ["account", "metric", "before", "after", "unit", "measured"])
    }
}

@Test func everyRowIsWellFormedAndEveryEventAccountIsKnown() throws {
    try withCorpus { directory, _ in
        let accounts = try rows(directory, "accounts.csv").dropFirst()
        let known = Set(accounts.map { $0[0] })
        #expect(known.count == accounts.count)
        let events = try rows(directory, "events.csv").dropFirst()
        #expect(!events.isEmpty)
        for row in events {
            #expect(row.count == 6)
            #expect(known.contains(row[0]))
            #expect(Feature(rawValue: row[3]) != nil)
            #expect((Int(row[4]) ?? 0) >= 1)
            #expect((Int(row[5]) ?? -1) >= 0)
        }
        #expect(Set(events.map { $0[0] }) == known)
        for row in try rows(directory, "outcomes.csv").dropFirst() {
            #expect(row.count == 6)
            #expect(known.contains(row[0]))
            #expect(OutcomeMetric(rawValue: row[1]) != nil)
            #expect(Double(row[2]) != nil && Double(row[3]) != nil)
        }
        for row in accounts {
            #expect(row.count == 9)
            #expect(Firmographics.industries.contains(row[1]))
            #expect(Firmographics.sizes.contains(row[2]))
            #expect(["yes", "no", ""].contains(row[7]))
        }
    }
}

@Test func plantedValuesAreValidAndAllSixAppear() throws {
    try withCorpus(accounts: 120) { directory, _ in
        let planted = try rows(directory, "accounts.csv").dropFirst().map { $0[8] }
        #expect(planted.allSatisfy { PlantedBehaviour(rawValue: $0) != nil })
        #expect(Set(planted) == Set(PlantedBehaviour.allCases.map(\.rawValue)))
    }
}

@Test func userIdentifiersStandAlone() throws {
    try withCorpus { directory, _ in
        var owner: [String: String] = [:]
        for row in try rows(directory, "events.csv").dropFirst() {
            #expect(!row[1].contains(row[0]))
            #expect(owner[row[1], default: row[0]] == row[0], "a user belongs to one account")
            owner[row[1]] = row[0]
        }
    }
}

@Test func datesStayInsideTheWindowAndFastStartersStartFirst() throws {
    let configuration = CorpusConfiguration(accounts: 60, months: 3, seed: 7)
    let (start, end) = (configuration.start.description, configuration.end.description)
    #expect(start == "2026-08-01" && end == "2026-10-31")
    try withCorpus { directory, _ in
        let accounts = try rows(directory, "accounts.csv").dropFirst()
        let started = Dictionary(uniqueKeysWithValues: accounts.map { ($0[0], $0[6]) })
        let fastStarters = Set(accounts.filter { $0[8] == PlantedBehaviour.fastStarter.rawValue }.map { $0[0] })
        #expect(!fastStarters.isEmpty)
        var previous: [String: String] = [:]
        for row in try rows(directory, "events.csv").dropFirst() {
            let (account, time) = (row[0], row[2])
            #expect(time.count == 10 && start <= time && time <= end)
            #expect(previous[account, default: time] <= time, "each account's rows are in date order")
            previous[account] = time
            if fastStarters.contains(account) { #expect(started[account]! <= time) }
        }
        for account in fastStarters { #expect(started[account]! >= start) }
        for row in try rows(directory, "outcomes.csv").dropFirst() {
            #expect(start <= row[5] && row[5] <= end)
        }
    }
}

@Test func summaryMatchesTheFiles() throws {
    try withCorpus { directory, summary in
        let (events, accounts, outcomes) = (try rows(directory, "events.csv"), try rows(directory, "accounts.csv"), try rows(directory, "outcomes.csv"))
        #expect(summary.accounts == 60)
        #expect(summary.accounts == accounts.count - 1)
        #expect(summary.eventRows == events.count - 1)
        #expect(summary.outcomeRows == outcomes.count - 1)
        #expect(summary.users == Set(events.dropFirst().map { $0[1] }).count)
        let bytes = try files.reduce(0) { $0 + (try Data(contentsOf: directory.appendingPathComponent($1))).count }
        #expect(summary.bytes == bytes)
        #expect(summary.files == files.map { directory.appendingPathComponent($0).path })
    }
}

@Test func invalidConfigurationsAreRejected() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: CorpusError.self) { try CorpusGenerator(CorpusConfiguration(accounts: 0, months: 3, seed: 1)).write(to: directory) }
    #expect(throws: CorpusError.self) { try CorpusGenerator(CorpusConfiguration(accounts: 5, months: 0, seed: 1)).write(to: directory) }
    #expect(throws: CorpusError.self) {
        try CorpusGenerator(CorpusConfiguration(accounts: 5, months: 3, seed: 1, endMonth: 2, endDay: 30)).write(to: directory)
    }
}

@Test func calendarArithmetic() {
    let day = CorpusDay(year: 2024, month: 2, day: 29)
    #expect(CorpusDay(epochDay: day.epochDay) == day)
    #expect(CorpusDay(year: 1970, month: 1, day: 1).epochDay == 0)
    #expect(day.addingMonths(12).description == "2025-02-28")
    #expect(CorpusDay(year: 2026, month: 1, day: 31).addingMonths(-2).description == "2025-11-30")
    #expect(CorpusConfiguration(accounts: 1, months: 12, seed: 1).start.description == "2025-11-01")
    #expect(CorpusDay.weekday(ofEpochDay: CorpusDay(year: 2026, month: 10, day: 31).epochDay) == 5)  // a Saturday
}
