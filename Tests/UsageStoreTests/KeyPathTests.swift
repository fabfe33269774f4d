import Foundation
import GRDB
import Testing
@testable import UsageStore

/// Key paths into nested NDJSON objects: `--map account=context.groupId`, escapes, alternatives, `*`, lists.
@Suite struct KeyPathTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func load(_ fixture: Fixture, _ lines: [String], map: String, kind: InputKind = .events,
                      file: String = "events.ndjson") throws -> IngestReport {
        let url = try fixture.file(file, lines.joined(separator: "\n") + "\n")
        return try fixture.ingest(url, kind, IngestOptions(mapping: try ColumnMapping(parsing: map), now: Self.now))
    }

    @Test func syntax() throws {
        let path = try FieldPath(parsing: #"context.groupId|a\.b.c|properties.$groups.*|x\|y\\"#)
        #expect(path.alternatives.map(\.steps) == [
            [.key("context"), .key("groupId")], [.key("a.b"), .key("c")], [.key("properties"), .key("$groups"), .only],
            [.key(#"x|y\"#)],
        ])
        #expect(path.alternatives.map(\.text) == ["context.groupId", #"a\.b.c"#, "properties.$groups.*", #"x\|y\\"#])
        #expect(try FieldPath(parsing: #"\*"#).alternatives.map(\.steps) == [[.key("*")]])
        #expect(try FieldPath(parsing: "").alternatives.isEmpty)
        for key in ["a.b", "x|y", #"back\slash"#, "*", "$groups", "plain"] {
            #expect(try FieldPath(parsing: FieldPath.escape(key)).alternatives.map(\.steps) == [[.key(key)]])
        }
        for bad in ["a..b", ".a", "a.", "a||b", #"a\"#] {
            #expect(throws: FieldPathError.self) { try FieldPath(parsing: bad) }
        }
    }

    @Test func nestedEscapedAndDollarKeysFeedColumns() throws {
        let fixture = try Fixture()
        let report = try load(fixture, [
            #"{"context": {"groupId": "acme-secret", "traits": {"a.b": 3}}, "at": {"time": "2026-07-01T10:00:00Z"}, "properties": {"$feature": "report"}}"#,
            #"{"context": {"groupId": "acme-secret", "traits": {"a.b": 2}}, "at": {"time": "2026-07-02T10:00:00Z"}, "properties": {"$feature": "api"}}"#,
        ], map: #"account=context.groupId,time=at.time,event=properties.$feature,count=context.traits.a\.b"#)
        #expect(report.rowsLoaded == 2)
        #expect(try fixture.int("SELECT SUM(count) FROM events") == 5)
        #expect(try fixture.rows("SELECT name FROM features ORDER BY name").map { $0[0] as String } == ["api", "report"])
        #expect(try fixture.store.lookup(account: "acme-secret").events == 2)
        #expect(try !LeakTests.storedText(fixture).contains("secret"))
    }

    @Test func theFirstAlternativeHoldingAValueWins() throws {
        let fixture = try Fixture()
        let report = try load(fixture, [
            #"{"context": {"groupId": "acme"}, "groupId": "beta", "time": "2026-07-01"}"#,
            #"{"context": {"groupId": null}, "groupId": "beta", "time": "2026-07-01"}"#,
            #"{"context": {"groupId": ""}, "groupId": "beta", "time": "2026-07-01"}"#,
            #"{"groupId": "beta", "time": "2026-07-01"}"#,
        ], map: "account=context.groupId|groupId")
        #expect(report.rowsLoaded == 4)
        #expect(try fixture.store.lookup(account: "acme").events == 1)
        #expect(try fixture.store.lookup(account: "beta").events == 3)
    }

    @Test func theOnlyMemberAndListsOfOne() throws {
        let fixture = try Fixture()
        let report = try load(fixture, [
            #"{"groups": {"company": "acme"}, "time": "2026-07-01"}"#,
            #"{"groups": {"org": ["beta"]}, "time": "2026-07-01"}"#,
        ], map: "account=groups.*")
        #expect(report.rowsLoaded == 2)
        #expect(try fixture.store.lookup(account: "acme").events == 1)
        #expect(try fixture.store.lookup(account: "beta").events == 1)
    }

    @Test(arguments: [
        (#"{"groups": {"company": "acme-secret", "org": "beta-secret"}, "time": "2026-07-01"}"#, "groups.*",
         #"events.ndjson:1: key "groups.*" has 2 members to choose from; name one instead of *"#),
        (#"{"groups": {"company": ["acme-secret", "beta-secret"]}, "time": "2026-07-01"}"#, "groups.company",
         #"events.ndjson:1: key "groups.company" holds a list of 2 values, not one value"#),
        (#"{"groups": {"company": {"id": "acme-secret"}}, "time": "2026-07-01"}"#, "groups.company",
         #"events.ndjson:1: key "groups.company" holds an object, not a value; name one of its keys (groups.company.KEY)"#),
        (#"{"groups": {}, "time": "2026-07-01"}"#, "groups.company", #"events.ndjson:1: column "groups.company" is empty"#),
        (#"{"groups": "acme-secret", "time": "2026-07-01"}"#, "groups.company", #"events.ndjson:1: column "groups.company" is empty"#),
    ])
    func noSingleValueIsRefusedNamingThePathNotTheValue(_ line: String, _ path: String, _ message: String) throws {
        let fixture = try Fixture()
        let error = try #require(throws: IngestError.self) { try load(fixture, [line], map: "account=\(path)") }
        #expect(error.problems.map { "\(error.file):\($0.line ?? 0): \($0.message)" } == [message])
        #expect(!error.description.contains("secret"))
        #expect(try fixture.int("SELECT COUNT(*) FROM datasets") == 0)
    }

    @Test func aPathThatCannotBeReadIsRefusedBeforeAnyRow() throws {
        let fixture = try Fixture()
        let error = try #require(throws: IngestError.self) {
            try load(fixture, [#"{"account": "a1", "time": "2026-07-01"}"#], map: "event=properties..name")
        }
        #expect(error.description == #"events.ndjson: key path "properties..name" has an empty key"#)
    }

    @Test func csvNamesStayHeaderNames() throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", "context.groupId,time\nacme,2026-07-01\n")
        let report = try fixture.ingest(url, .events, IngestOptions(mapping: try ColumnMapping(parsing: "account=context.groupId"), now: Self.now))
        #expect(report.rowsLoaded == 1)
        #expect(try fixture.store.lookup(account: "acme").events == 1)
    }

    @Test func accountFilesReadNestedTraitsAndKeepTheOtherTopLevelKeys() throws {
        let fixture = try Fixture()
        let report = try load(fixture, [
            #"{"groupId": "acme", "traits": {"industry": "retail", "plan": "pro"}, "tier": "gold"}"#,
            #"{"groupId": "beta", "traits": {"industry": "media"}, "tier": "silver"}"#,
        ], map: "account=groupId,industry=traits.industry,plan=traits.plan", kind: .accounts, file: "accounts.ndjson")
        #expect(report.rowsLoaded == 2)
        #expect(try fixture.rows("SELECT industry FROM accountProfiles ORDER BY industry").map { $0[0] as String } == ["media", "retail"])
        #expect(try fixture.rows("SELECT name, value FROM accountAttributes ORDER BY value").map { "\($0[0] as String)=\($0[1] as String)" }
            == ["tier=gold", "tier=silver"])
    }

    @Test func everyAlternativeOfAnIdentifierPathIsRememberedAsIdentifiers() throws {
        let fixture = try Fixture()
        _ = try load(fixture, [#"{"context": {"org": "acme-secret"}, "time": "2026-07-01"}"#], map: "account=context.org|org")
        let names = Set(try fixture.rows("SELECT name FROM identifierColumns").map { $0[0] as String })
        #expect(names.isSuperset(of: ["context.org", "org"]))
        // A later file may not store that field as an event name, though its name does not look like an identifier's.
        let later = try fixture.file("later.csv", "account,time,org\nbeta,2026-07-02,acme-secret\n")
        let error = try #require(throws: IngestError.self) {
            try fixture.ingest(later, .events, IngestOptions(mapping: try ColumnMapping(parsing: "event=org"), now: Self.now))
        }
        #expect(error.description.contains("holds identifiers"), "\(error)")
        #expect(try !LeakTests.storedText(fixture).contains("secret"))
    }
}
