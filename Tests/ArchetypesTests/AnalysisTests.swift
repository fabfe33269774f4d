import Foundation
import GRDB
import Testing
import TestSupport
@testable import Archetypes
@testable import UsageStore

/// A store in a temporary folder, loaded from CSV text.
func store(events: String, accounts: String? = nil, outcomes: String? = nil, features: String? = nil) throws -> Store {
    let folder = try temporaryFolder("conteur-analysis")
    let store = try Store(path: folder.appendingPathComponent("test.sqlite").path)
    let options = IngestOptions(now: Date(timeIntervalSince1970: 1_800_000_000))
    for (kind, text) in [(InputKind.accounts, accounts), (.events, events), (.outcomes, outcomes), (.features, features)] {
        guard let text else { continue }
        let url = folder.appendingPathComponent("\(kind.rawValue).csv")
        try Data(text.utf8).write(to: url)
        _ = try Ingestor(store: store).ingest(url, as: kind, options: options)
    }
    return store
}

func analyze(_ store: Store, _ options: AnalysisOptions = .init()) throws -> Analysis {
    let span = try #require(try store.eventSpan())
    let (window, usage) = try store.usage(from: span.from, to: span.to)
    let lexicon = try NamingLexicon(json: Data(contentsOf: narratives.appendingPathComponent("naming.json")))
    return Analyzer.analyze(window: window, usage: usage, outcomes: try store.outcomes(), options: options, lexicon: lexicon,
                            supplied: try store.suppliedFeatures())
}

func day(_ offset: Int) -> String {
    Date(timeIntervalSince1970: TimeInterval(1_735_689_600 + offset * 86_400)).formatted(.iso8601.year().month().day())
}

@Suite struct AnalysisTests {
    @Test func sameSeedSameAnalysis() throws {
        let (a, _) = try analyzeGenerated(accounts: 300, months: 6, seed: 3, options: AnalysisOptions(seed: 9))
        let (b, _) = try analyzeGenerated(accounts: 300, months: 6, seed: 3, options: AnalysisOptions(seed: 9))
        #expect(a.members.map(\.archetype) == b.members.map(\.archetype))
        #expect(a.archetypes.map(\.name) == b.archetypes.map(\.name))
        #expect(a.silhouette == b.silhouette)
    }

    @Test func healthReasonsInPlainWords() throws {
        // 12 steady accounts and one whose activity stopped after 30 days and uses 2 of 25 seats.
        var events = "account,user,time,event,count\n"
        var accounts = "account,seats,renewed\n"
        for a in 0..<12 {
            accounts += "steady\(a),4,yes\n"
            for d in stride(from: 0, to: 120, by: 3) {
                for u in 0..<4 { events += "steady\(a),s\(a)-\(u),\(day(d)),report,5\n" }
                events += "steady\(a),s\(a)-0,\(day(d)),integration,1\n"
            }
        }
        accounts += "fading,25,no\n"
        for d in stride(from: 0, to: 30, by: 2) { events += "fading,f1,\(day(d)),report,5\nfading,f2,\(day(d)),report,5\n" }
        let analysis = try analyze(try store(events: events, accounts: accounts))
        let fading = try #require(analysis.members.min { $0.health.score < $1.health.score })
        #expect(fading.health.status == .atRisk)
        let reasons = fading.health.reasons
        #expect(reasons.contains(.activityDown(percent: 100, weeks: 5)), "\(reasons)")
        #expect(reasons.contains(.inactive(days: 90)))
        #expect(reasons.contains(.seatsIdle(active: 0, seats: 25)))
        #expect(analysis.healthAUC == 1)
        #expect(analysis.members.filter { $0.health.status == .healthy }.count == 12)
    }

    @Test func smallDataIsOneGroupWithANote() throws {
        let events = (0..<7).map { "a\($0),\(day($0)),report,2" }.joined(separator: "\n")
        let analysis = try analyze(try store(events: "account,time,event,count\n" + events))
        #expect(analysis.k == 1 && analysis.archetypes.count == 1)
        #expect(analysis.notes == [.tooFewToSplit(accounts: 7, threshold: 5)])
    }

    @Test func privacyThresholdFoldsAttributesAndHidesSmallOutcomes() throws {
        let (analysis, _) = try analyzeGenerated(accounts: 400, months: 6, seed: 5, options: AnalysisOptions(seed: 1, minSize: 12))
        for archetype in analysis.archetypes {
            #expect(archetype.size >= 12)
            for (_, counts) in archetype.attributes {
                #expect(counts.allSatisfy { $0.value == "other" || $0.accounts >= 12 })
            }
            #expect(archetype.outcomes.allSatisfy { $0.accounts >= 12 })
            #expect(archetype.renewal.map { $0.known >= 12 } ?? true)
        }
    }

    /// A group's result says when most of its accounts measured it: the 10th and 90th percentiles of their dates, which
    /// fall between accounts' own dates, and the median time since they started; too few dates say nothing.
    @Test func outcomesSayWhenMostAccountsMeasuredThem() throws {
        let events = (0..<10).map { "a\($0),\(day($0)),report,2" }.joined(separator: "\n")
        let outcomes = (0..<10).map { "a\($0),conversion-rate,2.0,2.5,%,\(day(100 + 10 * $0))" }.joined(separator: "\n")
            + "\n" + (0..<10).map { "a\($0),hours-saved,0,30,hours/month,\($0 < 4 ? day(50) : "")" }.joined(separator: "\n")
        let accounts = "account,started\n" + (0..<10).map { "a\($0),\(day(0))" }.joined(separator: "\n")
        let analysis = try analyze(try store(events: "account,time,event,count\n" + events, accounts: accounts,
                                             outcomes: "account,metric,before,after,unit,measured\n" + outcomes))
        let summaries = try #require(analysis.archetypes.first?.outcomes)
        let conversion = try #require(summaries.first { $0.metric == "conversion-rate" })
        let dates: [Int64] = (0..<10).map { (index: Int) -> Int64 in 1_735_689_600 + Int64(100 + 10 * index) * 86_400 }
        let span = try #require(conversion.measured)
        #expect(span.count == 2 && span[0] > dates[0] && span[0] < dates[1] && span[1] > dates[8] && span[1] < dates[9], "\(span)")
        #expect(summaries.first { $0.metric == "hours-saved" }?.measured == nil)
        // Measured 100 to 190 days after the accounts started: a median of 145 days later.
        #expect(conversion.daysAfterStart == 145, "\(String(describing: conversion.daysAfterStart))")
    }

    /// A change is each account's own, not the gap between two medians: one account's leap lifts the median of the later
    /// measures, not the typical account's change.
    @Test func changesAreTakenAccountByAccount() throws {
        let afters: [Double] = [60, 20, 30, 40, 50]
        let rows = afters.enumerated().map { AccountOutcome(account: Int64($0.offset), metric: "campaign-revenue", before: Double(10 * ($0.offset + 1)),
                                                            after: $0.element, unit: "EUR/month", measured: nil) }
        let summary = try #require(Analyzer.outcomeSummaries(rows, minSize: 5, started: [:]).first)
        #expect(summary.medianBefore == 30 && summary.medianAfter == 40)
        #expect(summary.medianChange == 0 && summary.medianRelativeChange == 0 && summary.paired == 5)
        // An account without an earlier measure has no change of its own.
        let partial = rows + [AccountOutcome(account: 9, metric: "campaign-revenue", before: nil, after: 90, unit: "EUR/month", measured: nil)]
        #expect(Analyzer.outcomeSummaries(partial, minSize: 5, started: [:]).first?.paired == 5)
    }

    /// A group's result is read against every account outside it, measured the same way; too few outside say nothing.
    @Test func outcomesCarryTheOtherAccountsMedians() throws {
        // Account n started on day 0 and took its later measure on day 10·n.
        let rows = (1...12).map { AccountOutcome(account: Int64($0), metric: "conversion-rate", before: Double($0), after: Double($0) * 2, unit: "%",
                                                 measured: Int64($0) * 10 * 86_400) }
        let started = Dictionary(uniqueKeysWithValues: (1...12).map { (Int64($0), Int64(0)) })
        let others = try #require(Analyzer.baseline(rows, outside: Set(1...5), minSize: 5, started: started))
        // Accounts 6 to 12: befores 6…12, afters 12…24, measured 60 to 120 days after they started.
        #expect(others == .init(accounts: 7, medianBefore: 9, medianAfter: 18, daysAfterStart: 90, medianChange: 9, medianRelativeChange: 1, paired: 7))
        #expect(Analyzer.baseline(rows, outside: Set(1...8), minSize: 5, started: started) == nil)
        // Per seat, where seats are known: account n pays for n seats, so each later measure is 2 per seat; accounts
        // without seats count nowhere, and too few with seats say nothing.
        let seats = Dictionary(uniqueKeysWithValues: (6...12).map { (Int64($0), $0) })
        #expect(Analyzer.baseline(rows, outside: Set(1...5), minSize: 5, started: started, seats: seats)?.perSeat == 2)
        #expect(Analyzer.baseline(rows, outside: Set(1...5), minSize: 5, started: started, seats: [6: 6, 7: 7])?.perSeat == nil)
        #expect(Analyzer.outcomeSummaries(rows, minSize: 5, started: started, seats: seats).first?.perSeat == 2)
        // In a whole analysis, every summary's outsiders are the accounts that recorded it outside the group.
        let (analysis, _) = try analyzeGenerated(accounts: 300, months: 6, seed: 4, options: AnalysisOptions(seed: 2))
        let recorded = analysis.archetypes.flatMap(\.outcomes).reduce(into: [String: Int]()) { $0[$1.metric, default: 0] += $1.accounts }
        for archetype in analysis.archetypes {
            for outcome in archetype.outcomes where outcome.others != nil {
                #expect(outcome.others!.accounts <= recorded[outcome.metric]! - outcome.accounts + 5 * analysis.archetypes.count)
                #expect(outcome.others!.accounts >= recorded[outcome.metric]! - outcome.accounts)
            }
        }
        #expect(analysis.archetypes.contains { $0.outcomes.contains { $0.others != nil } })
    }

    @Test func chosenNamesFollowTheSameGroup() throws {
        var (analysis, _) = try analyzeGenerated(accounts: 300, months: 6, seed: 4, options: AnalysisOptions(seed: 2))
        let first = analysis.archetypes[0]
        let members = Set(analysis.members.filter { $0.archetype == first.id }.map(\.account))
        // The same group minus a few accounts keeps the name; nothing else gets it.
        analysis.apply([.init(en: "Our best friends", fr: "Nos meilleurs amis", members: Set(members.dropFirst(3)))])
        #expect(analysis.archetypes[0].name == Archetype.Name(en: "Our best friends", fr: "Nos meilleurs amis", custom: true))
        #expect(analysis.archetypes.filter(\.name.custom).count == 1)
        analysis.apply([.init(en: "Strangers", fr: "Des inconnus", members: [999_999])])
        #expect(!analysis.archetypes.contains { $0.name.en == "Strangers" })
    }

    @Test func suppliedFeaturesAreClusteredAsGiven() throws {
        // Identical usage; the warehouse's own features split the accounts in two.
        let events = "account,time\n" + (0..<24).map { "a\($0),\(day($0 % 3))" }.joined(separator: "\n")
        let features = "account,nps,tickets\n" + (0..<22).map { "a\($0),\($0 < 11 ? 60 + $0 % 3 : 10 + $0 % 3),\($0 < 11 ? 1 : 9)" }.joined(separator: "\n")
        let analysis = try analyze(try store(events: events, features: features))
        #expect(analysis.features.map(\.id) == ["nps", "tickets"])
        #expect(analysis.k == 2 && analysis.members.count == 22)
        #expect(analysis.notes == [.suppliedFeatures(count: 2, leftOut: 2)])
        let groups = Dictionary(grouping: analysis.members, by: \.archetype).mapValues(\.count)
        #expect(groups.values.sorted() == [11, 11])
    }

    @Test func sumsThatOverflowStillAnalyzeAndEncode() throws {
        // Rows stored before ingest bounded its numbers: two counts of 1e308 overflow any sum.
        let events = "account,time,value\n" + (0..<24).map { "a\($0),\(day($0 % 5)),\($0 + 1)" }.joined(separator: "\n")
        let store = try store(events: events)
        try store.write { db in try db.execute(sql: "UPDATE events SET count = 1e308, value = -1e308 WHERE rowid <= 4") }
        let analysis = try analyze(store)
        #expect(analysis.members.count == 24)
        _ = try JSONEncoder().encode(analysis)
    }

    @Test func purchaseTransactionsGiveRFMLikeArchetypes() throws {
        // No users, seats or durations: account, date, quantity, amount, as a shop exports them.
        var events = "customer,date,quantity,amount\n"
        var planted: [String: String] = [:]
        var random = SeededGenerator(seed: 11)
        for c in 0..<90 {
            let kind = ["loyal", "occasional", "lapsed"][c % 3]
            planted["c\(c)"] = kind
            let (every, until, basket): (Int, Int, Double) = switch kind {
            case "loyal": (5, 360, 80)
            case "occasional": (45, 360, 30)
            default: (10, 120, 50)
            }
            for d in stride(from: Int(random.next() % 5), to: until, by: every) {
                events += "c\(c),\(day(d)),\(1 + random.next() % 3),\(String(format: "%.2f", basket * (0.7 + random.unit() * 0.6)))\n"
            }
        }
        let folder = try temporaryFolder("conteur-rfm")
        let store = try Store(path: folder.appendingPathComponent("t.sqlite").path)
        let url = folder.appendingPathComponent("orders.csv")
        try Data(events.utf8).write(to: url)
        _ = try Ingestor(store: store).ingest(url, as: .events, options: IngestOptions(
            mapping: ColumnMapping(["account": "customer", "time": "date", "count": "quantity", "value": "amount"]),
            now: Date(timeIntervalSince1970: 1_800_000_000)))
        let analysis = try analyze(store)
        let ids = Set(analysis.features.map(\.id))
        #expect(ids.isSuperset(of: ["volume_per_week", "value_per_week", "recency", "weeks_active"]))
        #expect(ids.isDisjoint(with: ["per_user_week", "seats_active", "minutes_per_event"]))
        let pseudonymizer = try store.pseudonymizer()
        let kinds = Dictionary(uniqueKeysWithValues: planted.map { (pseudonymizer.pseudonym($0.key, .account), $0.value) })
        // Loyal customers stand apart on their own; lapsed ones look less healthy than occasional ones.
        let loyal = Set(analysis.members.filter { kinds[$0.pseudonym] == "loyal" }.map(\.archetype))
        #expect(loyal.count == 1 && analysis.members.filter { loyal.contains($0.archetype) }.allSatisfy { kinds[$0.pseudonym] == "loyal" })
        func medianHealth(_ kind: String) -> Double {
            Statistics.median(analysis.members.filter { kinds[$0.pseudonym] == kind }.map { Double($0.health.score) })
        }
        #expect(medianHealth("lapsed") < medianHealth("occasional") && medianHealth("occasional") <= medianHealth("loyal"))
        // Asked for three segments, it finds recency, frequency and monetary value's three groups.
        let three = try analyze(store, AnalysisOptions(k: 3))
        let ari = Statistics.adjustedRandIndex(three.members.map(\.archetype), three.members.map { kinds[$0.pseudonym]! })
        #expect(ari > 0.8, "ARI \(ari)")
    }
}
