import Foundation
import GRDB
import Testing
@testable import UsageStore

@Suite struct IngestRoundTripTests {
    @Test func eventsLoadWithDefaultsAndTypes() throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", """
            account,user,time,event,count,duration,value
            a1,u1,2025-03-04,report,3,120,9.5
            a1,u2,2025-03-04T10:22:05Z,,,,
            a2,,1741083725,campaign,2,,-4.25
            """)
        let report = try fixture.ingest(url, .events)
        #expect(report.rowsLoaded == 3 && report.rowsRejected == 0 && !report.skipped)
        let rows = try fixture.rows("""
            SELECT e.time, f.name, e.count, e.duration, e.value, e.user IS NULL AS noUser
            FROM events e JOIN features f ON f.id = e.feature ORDER BY e.rowid
            """)
        #expect(rows.map { $0["time"] as Int64 } == [1_741_046_400, 1_741_083_725, 1_741_083_725])
        #expect(rows.map { $0["name"] as String } == ["report", "activity", "campaign"])
        #expect(rows.map { $0["count"] as Double } == [3, 1, 2])
        #expect(rows.map { $0["duration"] as Double? } == [120, nil, nil])
        #expect(rows.map { $0["value"] as Double? } == [9.5, nil, -4.25])
        #expect(rows.map { $0["noUser"] as Bool } == [false, false, true])
        #expect(try fixture.int("SELECT COUNT(*) FROM accounts") == 2)
        #expect(try fixture.int("SELECT COUNT(*) FROM users") == 2)
        let dataset = try #require(try fixture.store.info().datasets.first)
        #expect(dataset.name == "events.csv" && dataset.kind == "events" && dataset.rowsLoaded == 3 && dataset.sha256.count == 64)
    }

    @Test func accountsKeepProfileAndOtherColumns() throws {
        let fixture = try Fixture()
        let url = try fixture.file("accounts.csv", """
            account,industry,size,region,plan,seats,started,renewed,planted,tier
            a1,retail,11-50,EMEA,growth,25,2024-01-15,yes,seasonal-peaker,gold
            a2,media,1-10,NA,starter,,,no,drifting,
            a3,software,,,,,,,,
            """)
        try fixture.ingest(url, .accounts)
        let profiles = try fixture.rows("SELECT industry, seats, started, renewed FROM accountProfiles ORDER BY account")
        #expect(profiles.map { $0["industry"] as String } == ["retail", "media", "software"])
        #expect(profiles.map { $0["seats"] as Int? } == [25, nil, nil])
        #expect(profiles.map { $0["started"] as Int64? } == [1_705_276_800, nil, nil])
        #expect(profiles.map { $0["renewed"] as Bool? } == [true, false, nil])
        let attributes = try fixture.rows("SELECT name, value FROM accountAttributes ORDER BY account, name")
        #expect(attributes.map { "\($0["name"] as String)=\($0["value"] as String)" }
            == ["planted=seasonal-peaker", "tier=gold", "planted=drifting"])
    }

    @Test func outcomesLoad() throws {
        let fixture = try Fixture()
        let url = try fixture.file("outcomes.csv", """
            account,metric,before,after,unit,measured
            a1,conversion-rate,2.1,3.4,%,2025-06-30
            a2,hours-saved,,12,hours per month,
            """)
        try fixture.ingest(url, .outcomes)
        let rows = try fixture.rows("SELECT metric, before, after, unit, measured FROM outcomes ORDER BY id")
        #expect(rows.map { $0["metric"] as String } == ["conversion-rate", "hours-saved"])
        #expect(rows.map { $0["before"] as Double? } == [2.1, nil])
        #expect(rows.map { $0["after"] as Double } == [3.4, 12])
        #expect(rows.map { $0["measured"] as Int64? } == [1_751_241_600, nil])
    }

    @Test func columnMappingRenamesColumns() throws {
        let fixture = try Fixture()
        let url = try fixture.file("export.csv", "customer,date,feature,qty\nc1,2025-01-02,api,4\n")
        let mapping = try ColumnMapping(parsing: "account=customer, time=date,event=feature,count=qty")
        try fixture.ingest(url, .events, IngestOptions(mapping: mapping))
        #expect(try fixture.int("SELECT SUM(count) FROM events") == 4)
        #expect(try fixture.store.info().datasets.first?.mapping == "account=customer,count=qty,event=feature,time=date")
    }

    @Test func ndjsonLoadsAllKinds() throws {
        let fixture = try Fixture()
        let events = try fixture.file("events.ndjson", """
            {"account": "a1", "user": "u1", "time": "2025-02-01", "event": "api", "count": 2, "duration": 30.5}
            
            {"account": "a2", "time": 1738368000, "value": null, "extra": [1, 2]}
            """)
        try fixture.ingest(events, .events)
        #expect(try fixture.int("SELECT COUNT(*) FROM events") == 2)
        #expect(try fixture.int("SELECT SUM(count) FROM events") == 3)
        let accounts = try fixture.file("accounts.jsonl", """
            {"account": "a1", "industry": "retail", "seats": 10, "renewed": true, "tier": "gold"}
            {"account": "a2", "industry": "media", "renewed": false}
            """)
        try fixture.ingest(accounts, .accounts)
        #expect(try fixture.int("SELECT COUNT(*) FROM accountProfiles WHERE renewed IS NOT NULL") == 2)
        #expect(try fixture.int("SELECT COUNT(*) FROM accountAttributes WHERE name = 'tier'") == 1)
        let outcomes = try fixture.file("outcomes.ndjson", #"{"account": "a1", "metric": "hours-saved", "after": 12}"#)
        try fixture.ingest(outcomes, .outcomes)
        #expect(try fixture.int("SELECT COUNT(*) FROM outcomes") == 1)
    }

    @Test func csvEdgeCasesAreRead() throws {
        let fixture = try Fixture()
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data("account,time,event\r\n\"a,1\",2025-01-01,\"say \"\"hi\"\"\nthere\"\r\na2,2025-01-02,café\r\n".utf8))
        try fixture.ingest(try fixture.file("events.csv", bytes), .events)
        let names = try fixture.rows("SELECT name FROM features ORDER BY id").map { $0["name"] as String }
        // A line break inside a quoted name is kept as a space: stored text holds no control characters.
        #expect(names == ["say \"hi\" there", "café"])
        #expect(try fixture.int("SELECT COUNT(DISTINCT account) FROM events") == 2)
    }

    @Test func headerOnlyFileLoadsNothing() throws {
        let fixture = try Fixture()
        let report = try fixture.ingest(try fixture.file("events.csv", "account,time\n"), .events)
        #expect(report.rowsLoaded == 0)
        #expect(try fixture.int("SELECT COUNT(*) FROM datasets") == 1)
    }

    @Test func sameFileTwiceIsSkippedUnlessReplaced() throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", "account,time\na1,2025-01-01\na2,2025-01-02\n")
        try fixture.ingest(url, .events)
        let again = try fixture.ingest(url, .events)
        #expect(again.skipped && again.summary.contains("already loaded"))
        #expect(try fixture.int("SELECT COUNT(*) FROM events") == 2)
        let replaced = try fixture.ingest(url, .events, IngestOptions(replace: true))
        #expect(!replaced.skipped && replaced.rowsLoaded == 2)
        #expect(try fixture.int("SELECT COUNT(*) FROM events") == 2)
        #expect(try fixture.int("SELECT COUNT(*) FROM datasets") == 1)
    }

    @Test func skipBadLoadsGoodRowsAndRecordsRejected() throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", "account,time,count\na1,2025-01-01,1\na2,nope,1\na3,2025-01-03,-2\na4,2025-01-04,5\n")
        let report = try fixture.ingest(url, .events, IngestOptions(skipBad: true))
        #expect(report.rowsLoaded == 2 && report.rowsRejected == 2)
        let rejected = try fixture.rows("SELECT line, reason FROM rejectedRows ORDER BY line")
        #expect(rejected.map { $0["line"] as Int } == [3, 4])
        #expect(rejected.map { $0["reason"] as String } == [
            #"column "time": not a date (expected an ISO-8601 date or date-time, or Unix seconds)"#,
            #"column "count": negative"#,
        ])
        #expect(try fixture.int("SELECT rowsRejected FROM datasets") == 2)
        // Only accounts of loaded rows are registered.
        #expect(try fixture.int("SELECT COUNT(*) FROM accounts") == 2)
    }

    @Test func largeFileStreamsAcrossChunks() throws {
        let fixture = try Fixture()
        var text = "account,user,time,event,count\n"
        for i in 0..<150_000 {
            text += "acct-\(i % 700),\"user \(i % 3000)\",2025-\(String(format: "%02d", i % 12 + 1))-15,e\(i % 9),\(i % 5 + 1)\n"
        }
        let report = try fixture.ingest(try fixture.file("big.csv", text), .events)
        #expect(report.rowsLoaded == 150_000)
        #expect(try fixture.int("SELECT COUNT(*) FROM accounts") == 700)
        #expect(try fixture.int("SELECT COUNT(*) FROM users") == 3000)
        #expect(try fixture.int("SELECT SUM(count) FROM events") == 450_000)
    }
}
