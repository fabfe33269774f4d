import Foundation
import GRDB
import Testing
@testable import UsageStore

/// Each preset loads sample lines written from its vendor's published export format: the usage records only, the
/// account from the group, the user pseudonymized, the time right; a record without an account names the field.
@Suite struct PresetTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// 2024-03-01T12:34:56Z and a day later.
    static let first: Int64 = 1_709_296_496, second: Int64 = 1_709_382_896

    /// Segment track calls (one scoped by a top-level `groupId`), with an identify and a page call to skip.
    static let segment = [
        #"{"anonymousId":"23adfd82-aa0f-45a7-a756-24f2a7a4c895","context":{"library":{"name":"analytics.js","version":"2.11.1"},"page":{"path":"/academy/","title":"Analytics Academy"},"ip":"108.0.78.21","groupId":"acme-secret"},"event":"Report Built","integrations":{},"messageId":"ajs-f8ca1e4de5024d9430b3928bd8ac6b96","properties":{"title":"Quarterly"},"receivedAt":"2024-03-01T12:34:57.266Z","sentAt":"2024-03-01T12:34:57.169Z","timestamp":"2024-03-01T12:34:56.249Z","type":"track","userId":"user-secret-1","originalTimestamp":"2024-03-01T12:34:56.152Z","version":2}"#,
        #"{"anonymousId":"507f191e810c19729de860ea","context":{"ip":"8.8.8.8","groupId":"acme-secret"},"messageId":"022bb90c-bbac-11e4-8dfc-aa07a5b093db","receivedAt":"2024-03-01T12:40:55.387Z","sentAt":"2024-03-01T12:40:55.111Z","timestamp":"2024-03-01T12:40:55.111Z","traits":{"name":"Peter Gibbons","email":"peter@example.com"},"type":"identify","userId":"user-secret-1","version":"1.1"}"#,
        #"{"anonymousId":"507f191e810c19729de860ea","channel":"browser","context":{"ip":"8.8.8.8","groupId":"acme-secret"},"messageId":"022bb90c-bbac-11e4-8dfc-aa07a5b093dc","name":"Home","properties":{"title":"Welcome","url":"http://www.example.com"},"timestamp":"2024-03-01T12:41:55.111Z","type":"page","userId":"user-secret-1","version":"1.1"}"#,
        #"{"anonymousId":"a1b2","event":"Order Completed","groupId":"beta-secret","messageId":"m-3","properties":{"revenue":25.5,"currency":"USD"},"timestamp":"2024-03-02T13:34:56+01:00","type":"track","userId":"user-secret-2"}"#,
    ]

    /// Amplitude Export API rows (groups as lists, as exports give them), with an `$identify` to skip.
    static let amplitude = [
        #"{"$insert_id":"5f0adeff-6668-4427-8d02-57d803a2b841","amplitude_id":123456789,"app":12345,"city":"San Francisco","client_event_time":"2024-03-01 12:34:56.789000","country":"United States","device_id":"C8F9E604-F01A-4BD9-95C6-8E5357DF265D","event_id":776,"event_properties":{"report":"quarterly"},"event_time":"2024-03-01 12:34:56.789000","event_type":"report_built","group_properties":{"company":{"plan":"pro"}},"groups":{"company":["acme-secret"]},"library":"amplitude-ts/2.5.0","os_name":"Chrome","platform":"Web","server_upload_time":"2024-03-01 12:34:58.120000","session_id":1709296400000,"user_id":"user-secret-1","user_properties":{"plan":"pro"},"uuid":"2b8c1a3e-7d5f-11ee-b962-0242ac120002"}"#,
        #"{"amplitude_id":123456789,"event_time":"2024-03-01 12:35:10.000000","event_type":"$identify","groups":{"company":["acme-secret"]},"user_id":"user-secret-1","user_properties":{"$set":{"plan":"pro"}}}"#,
        #"{"amplitude_id":223456789,"event_time":"2024-03-02 12:34:56.000000","event_type":"export_started","event_properties":{},"groups":{"company":"beta-secret"},"user_id":"user-secret-2"}"#,
    ]

    /// Mixpanel raw export lines: `properties.time` in seconds, and in milliseconds as newer exports write it.
    static let mixpanel = [
        #"{"event":"Report Built","properties":{"time":1709296496,"distinct_id":"user-secret-1","$insert_id":"a9d4c3b2e1f0","$browser":"Chrome","$city":"Paris","mp_lib":"web","company_id":"acme-secret","mp_processing_time_ms":1709296497123}}"#,
        #"{"event":"$identify","properties":{"time":1709296500,"distinct_id":"user-secret-1","$anon_distinct_id":"18e0a1b2c3","company_id":"acme-secret"}}"#,
        #"{"event":"Export Started","properties":{"time":1709382896000,"distinct_id":"user-secret-2","$insert_id":"b8e3d2c1","mp_lib":"python","company_id":["beta-secret"]}}"#,
    ]

    /// PostHog event export rows, with an `$identify` to skip.
    static let posthog = [
        #"{"uuid":"018e0d3c-7f1a-7c6e-9b8a-1a2b3c4d5e6f","event":"report built","properties":{"$lib":"web","$current_url":"https://app.example.com/reports","$session_id":"018e0d3c-0000","$groups":{"company":"acme-secret"}},"timestamp":"2024-03-01T13:34:56.789000+01:00","distinct_id":"user-secret-1","elements_chain":"","created_at":"2024-03-01T12:34:57.001000+00:00"}"#,
        #"{"uuid":"018e0d3c-7f1a-7c6e-9b8a-1a2b3c4d5e70","event":"$identify","properties":{"$groups":{"company":"acme-secret"},"$set":{"email":"peter@example.com"}},"timestamp":"2024-03-01T12:35:00.000000+00:00","distinct_id":"user-secret-1"}"#,
        #"{"uuid":"018e0d3c-7f1a-7c6e-9b8a-1a2b3c4d5e71","event":"$pageview","properties":{"$current_url":"https://app.example.com/","$groups":{"company":"beta-secret"}},"timestamp":"2024-03-02T12:34:56Z","distinct_id":"user-secret-2"}"#,
    ]

    struct Sample: CustomTestStringConvertible, Sendable {
        var vendor: Preset.Vendor
        var group: String?
        var lines: [String]
        var events: [String]
        var testDescription: String { vendor.rawValue }
    }

    static let samples = [
        Sample(vendor: .segment, lines: segment, events: ["Order Completed", "Report Built"]),
        Sample(vendor: .amplitude, lines: amplitude, events: ["export_started", "report_built"]),
        Sample(vendor: .amplitude, group: "company", lines: amplitude, events: ["export_started", "report_built"]),
        Sample(vendor: .mixpanel, group: "company_id", lines: mixpanel, events: ["Export Started", "Report Built"]),
        Sample(vendor: .posthog, lines: posthog, events: ["$pageview", "report built"]),
        Sample(vendor: .posthog, group: "company", lines: posthog, events: ["$pageview", "report built"]),
    ]

    @discardableResult
    private func load(_ fixture: Fixture, _ lines: [String], _ preset: Preset, map: String? = nil,
                      file: String = "export.json") throws -> IngestReport {
        let url = try fixture.file(file, lines.joined(separator: "\n") + "\n")
        let mapping = try map.map { try ColumnMapping(parsing: $0, preset: preset) } ?? ColumnMapping(preset: preset)
        return try fixture.ingest(url, .events, IngestOptions(mapping: mapping, now: Self.now))
    }

    @Test(arguments: samples)
    func loadsTheUsageRecordsOfAnExport(_ sample: Sample) throws {
        let fixture = try Fixture()
        let report = try load(fixture, sample.lines, try Preset(sample.vendor, group: sample.group))
        #expect(report.rowsLoaded == 2 && report.rowsRejected == 0)
        #expect(try fixture.store.lookup(account: "acme-secret").events == 1)
        #expect(try fixture.store.lookup(account: "beta-secret").events == 1)
        #expect(try fixture.rows("SELECT time FROM events ORDER BY time").map { $0[0] as Int64 } == [Self.first, Self.second])
        #expect(try fixture.rows("SELECT f.name FROM events e JOIN features f ON f.id = e.feature ORDER BY f.name")
            .map { $0[0] as String } == sample.events)
        #expect(try fixture.int("SELECT COUNT(DISTINCT user) FROM events WHERE user IS NOT NULL AND user != 0") == 2)
        #expect(try fixture.rows("SELECT mapping FROM datasets").map { $0[0] as String }
            == ["preset=\(sample.vendor.rawValue)" + (sample.group.map { ",group=\($0)" } ?? "")])
        #expect(try !LeakTests.storedText(fixture).contains("secret"))
    }

    @Test func segmentRevenueIsTheValue() throws {
        let fixture = try Fixture()
        try load(fixture, Self.segment, try Preset(.segment))
        #expect(try fixture.rows("SELECT value FROM events WHERE value IS NOT NULL").map { $0[0] as Double } == [25.5])
    }

    @Test func mapEntriesOverrideThePreset() throws {
        let fixture = try Fixture()
        try load(fixture, Self.posthog, try Preset(.posthog), map: "event=properties.$current_url")
        #expect(try fixture.rows("SELECT name FROM features ORDER BY name").map { $0[0] as String }
            == ["https://app.example.com/", "https://app.example.com/reports"])
    }

    @Test(arguments: [
        (Preset.Vendor.segment, nil as String?,
         #"{"event":"Report Built","context":{"ip":"8.8.8.8"},"timestamp":"2024-03-01T12:34:56Z","type":"track","userId":"user-secret-1"}"#,
         #"no account: the segment preset reads it from "context.groupId" or "groupId", which this record lacks"#),
        (.amplitude, nil,
         #"{"event_time":"2024-03-01 12:34:56.789000","event_type":"report_built","groups":{},"user_id":"user-secret-1"}"#,
         #"no account: the amplitude preset reads it from the only group type in "groups", which this record lacks"#),
        (.amplitude, "company",
         #"{"event_time":"2024-03-01 12:34:56.789000","event_type":"report_built","groups":{"team":["t-secret"]},"user_id":"user-secret-1"}"#,
         #"no account: the amplitude preset reads it from "groups.company" (--group), which this record lacks"#),
        (.amplitude, nil,
         #"{"event_time":"2024-03-01 12:34:56.789000","event_type":"report_built","groups":{"company":["acme-secret"],"team":["t-secret"]},"user_id":"user-secret-1"}"#,
         #"no single account: "groups" holds 2 group types; choose one with --group TYPE"#),
        (.mixpanel, "company_id",
         #"{"event":"Report Built","properties":{"time":1709296496,"distinct_id":"user-secret-1"}}"#,
         #"no account: the mixpanel preset reads it from "properties.company_id" (--group), which this record lacks"#),
        (.mixpanel, "company_id",
         #"{"event":"Report Built","properties":{"time":1709296496,"distinct_id":"user-secret-1","company_id":["acme-secret","beta-secret"]}}"#,
         #"no account: key "properties.company_id" holds a list of 2 values, not one value"#),
        (.posthog, nil,
         #"{"event":"report built","properties":{"$lib":"web"},"timestamp":"2024-03-01T12:34:56Z","distinct_id":"user-secret-1"}"#,
         #"no account: the posthog preset reads it from the only group type in "properties.$groups", which this record lacks"#),
        (.posthog, "company",
         #"{"event":"report built","properties":{"$groups":{"project":"p-secret"}},"timestamp":"2024-03-01T12:34:56Z","distinct_id":"user-secret-1"}"#,
         #"no account: the posthog preset reads it from "properties.$groups.company" (--group), which this record lacks"#),
        (.segment, nil,
         #"{"event":"Report Built","context":{"groupId":"acme-secret"},"timestamp":"2024-03-01T12:34:56Z","userId":"user-secret-1"}"#,
         #"no "type": the segment preset reads track records and cannot tell what this one is"#),
    ])
    func aRecordWithoutAnAccountSaysWhichFieldWasMissing(_ vendor: Preset.Vendor, _ group: String?, _ line: String, _ message: String) throws {
        let fixture = try Fixture()
        let error = try #require(throws: IngestError.self) { try load(fixture, [line], try Preset(vendor, group: group)) }
        #expect(error.problems == [IngestProblem(line: 1, message: message)])
        #expect(!error.description.contains("secret"))
        #expect(try fixture.int("SELECT COUNT(*) FROM datasets") == 0)
    }

    @Test func skipBadLoadsTheRecordsThatHaveAnAccount() throws {
        let fixture = try Fixture()
        let lines = Self.posthog + [#"{"event":"report built","properties":{},"timestamp":"2024-03-03T12:34:56Z","distinct_id":"user-secret-3"}"#]
        let url = try fixture.file("export.ndjson", lines.joined(separator: "\n"))
        let report = try fixture.ingest(url, .events, IngestOptions(mapping: ColumnMapping(preset: try Preset(.posthog)), skipBad: true, now: Self.now))
        #expect(report.rowsLoaded == 2 && report.rowsRejected == 1)
        #expect(report.problems.map(\.line) == [4])
    }

    @Test func presetsThatCannotWorkAreRefused() throws {
        #expect(throws: IngestError.self) { try Preset(.mixpanel) }
        #expect(throws: IngestError.self) { try Preset(.segment, group: "company") }
        #expect(throws: IngestError.self) { try Preset(.posthog, group: " ") }
        let error = try #require(throws: IngestError.self) { try Preset(.mixpanel) }
        #expect(error.description.contains("needs --group KEY"))
        // A preset reads events only.
        let fixture = try Fixture()
        let url = try fixture.file("accounts.ndjson", #"{"groupId":"acme","traits":{"industry":"retail"}}"# + "\n")
        let refused = try #require(throws: IngestError.self) {
            try fixture.ingest(url, .accounts, IngestOptions(mapping: ColumnMapping(preset: try Preset(.segment))))
        }
        #expect(refused.description.contains("--preset segment reads event exports"), "\(refused)")
    }

    @Test func aGroupNameWithDotsIsOneKey() throws {
        let fixture = try Fixture()
        let line = #"{"event_time":"2024-03-01 12:34:56","event_type":"report_built","groups":{"org.unit":["acme"]},"user_id":"u1"}"#
        let report = try load(fixture, [line], try Preset(.amplitude, group: "org.unit"))
        #expect(report.rowsLoaded == 1)
        #expect(try fixture.store.lookup(account: "acme").events == 1)
    }
}
