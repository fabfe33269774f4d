import Foundation
import Testing
@testable import UsageStore

/// Every kind of bad input is refused with `file:line: problem`, and the database is left exactly as it was.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file = "events.csv"
        var kind = InputKind.events
        var bytes: [UInt8]
        var message: String
        var testDescription: String { name }

        init(_ name: String, file: String = "events.csv", kind: InputKind = .events, _ text: String, _ message: String) {
            self.name = name
            self.file = file
            self.kind = kind
            self.bytes = Array(text.utf8)
            self.message = message
        }

        init(_ name: String, bytes: [UInt8], _ message: String) {
            self.name = name
            self.bytes = bytes
            self.message = message
        }
    }

    static let header = "account,user,time,event,count,duration\n"
    static let good = "a1,u1,2025-01-01,report,1,10\n"

    static let cases: [Case] = [
        Case("empty file", "", "events.csv: empty file (no header row)"),
        Case("missing required column", "customer,date,cds\nx,2025-01-01,3\n",
             #"events.csv: missing required column "account" (found: customer, date and 1 other column; use --map account=customer)"#
                + "\n" + #"events.csv: missing required column "time" (found: customer, date and 1 other column; use --map time=date)"#),
        Case("wrong number of fields", header + good + "a1,u1,2025-01-01,report\n", "events.csv:3: expected 6 fields, found 4"),
        Case("unterminated quote", header + good + "a1,u1,\"2025-01-01,report,1,10\n" + good, "events.csv:3: unterminated quoted field"),
        Case("count not a number", header + good + "a1,u1,2025-01-01,report,abc,10\n", #"events.csv:3: column "count": not a number"#),
        Case("date does not parse", header + "a1,u1,2025-02-30,report,1,10\n",
             #"events.csv:2: column "time": not a date (expected an ISO-8601 date or date-time, or Unix seconds)"#),
        Case("date before 1970", header + "a1,u1,1969-12-31,report,1,10\n", #"events.csv:2: column "time": before 1970"#),
        Case("date in the future", header + "a1,u1,2099-01-01T00:00:00Z,report,1,10\n",
             #"events.csv:2: column "time": more than a day in the future"#),
        Case("negative count", header + "a1,u1,2025-01-01,report,-1,10\n", #"events.csv:2: column "count": negative"#),
        Case("negative duration", header + "a1,u1,2025-01-01,report,1,-10\n", #"events.csv:2: column "duration": negative"#),
        Case("invalid UTF-8", bytes: Array((header + good).utf8) + [0x61, 0x32, 0x2C, 0xFF, 0xFE, 0x2C] + Array("2025-01-01,report,1,10\n".utf8),
             "events.csv:3: not valid UTF-8"),
        Case("empty account", header + ",u1,2025-01-01,report,1,10\n", #"events.csv:2: column "account" is empty"#),
        Case("NDJSON line not an object", file: "events.ndjson", #"{"account": "a1", "time": "2025-01-01"}"# + "\n[1, 2]\n",
             "events.ndjson:2: not a JSON object"),
        Case("NDJSON broken JSON", file: "events.ndjson", #"{"account": "a1", "time": "2025-01-01"}"# + "\n{\"account\": \n",
             "events.ndjson:2: not a JSON object"),
        Case("renewed not yes or no", file: "accounts.csv", kind: .accounts, "account,renewed\na1,maybe\n",
             #"accounts.csv:2: column "renewed": not yes, no or blank"#),
        Case("feature not a number", file: "features.csv", kind: .features, "account,nps\na1,high\n",
             #"features.csv:2: column "nps": not a number between -1e15 and 1e15"#),
        Case("features without feature columns", file: "features.csv", kind: .features, "account\na1\n",
             "features.csv: no feature columns: expected account plus numeric columns"),
        Case("count beyond the accepted range", header + "a1,u1,2025-01-01,report,1e308,10\n",
             #"events.csv:2: column "count": out of range (at most 1e12 in size)"#),
        Case("duration beyond the accepted range", header + "a1,u1,2025-01-01,report,1,2e9\n",
             #"events.csv:2: column "duration": out of range (at most 1e9 in size)"#),
        Case("hexadecimal number", header + "a1,u1,2025-01-01,report,0x1p4,10\n", #"events.csv:2: column "count": not a number"#),
        Case("number with a NUL and trailing bytes", bytes: Array((header + "a1,u1,2025-01-01,report,5").utf8) + [0] + Array("999abc,10\n".utf8),
             #"events.csv:2: column "count": not a number"#),
        Case("infinity", header + "a1,u1,2025-01-01,report,inf,10\n", #"events.csv:2: column "count": not a number"#),
        Case("NDJSON number out of range", file: "events.ndjson", #"{"account": "a1", "time": "2025-01-01", "count": 1e400}"# + "\n",
             #"events.ndjson:1: key "count" holds a number out of range"#),
        Case("lone carriage returns", "account,time\racmeX,2025-01-01\rbeta,2025-01-02\r",
             "events.csv:1: lines end with a lone carriage return (CR); save the file with LF or CRLF line ends"),
        Case("duplicate header names", "account,time,Time\na1,2025-01-01,2025-01-01\n", "events.csv:1: columns 2 and 3 have the same name"),
        Case("outcome without values", file: "outcomes.csv", kind: .outcomes, "account,metric,before,after\na1,nps,,\n",
             #"outcomes.csv:2: neither "before" nor "after" has a value"#),
    ]

    @Test(arguments: cases)
    func refusedWithMessageAndNothingChanged(_ bad: Case) throws {
        let fixture = try Fixture()
        // Something already loaded, which must survive untouched.
        try fixture.ingest(try fixture.file("seed.csv", Self.header + Self.good), .events)
        let before = try fixture.counts()
        let url = try fixture.file(bad.file, Data(bad.bytes))
        let error = try #require(throws: IngestError.self) { try fixture.ingest(url, bad.kind) }
        #expect(error.description.hasPrefix(bad.message), "\(error.description)")
        #expect(try fixture.counts() == before)
    }

    @Test func manyProblemsListTheFirstTwentyAndTheTotal() throws {
        let fixture = try Fixture()
        let rows = (0..<45).map { "a\($0),u,2025-01-01,report,x\($0),1\n" }.joined()
        let error = try #require(throws: IngestError.self) {
            try fixture.ingest(try fixture.file("events.csv", Self.header + rows), .events)
        }
        #expect(error.total == 45 && error.problems.count == 20)
        #expect(error.problems.first == IngestProblem(line: 2, message: #"column "count": not a number"#))
        #expect(error.description.hasSuffix("events.csv: 45 problems in all, 25 more not listed; nothing was loaded from this file"))
        #expect(try fixture.int("SELECT COUNT(*) FROM datasets") == 0)
    }

    @Test func problemsNeverQuoteIdentifiers() throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", Self.header + "secret-account,secret-user,2025-01-01,report,zz,1\n")
        let error = try #require(throws: IngestError.self) { try fixture.ingest(url, .events) }
        #expect(!error.description.contains("secret"))
    }

    @Test func unknownMapColumnIsRefused() throws {
        let fixture = try Fixture()
        let url = try fixture.file("events.csv", Self.header + Self.good)
        let error = try #require(throws: IngestError.self) {
            try fixture.ingest(url, .events, IngestOptions(mapping: ColumnMapping(["when": "time"])))
        }
        #expect(error.description.contains(#"--map names "when", which is not a column of events"#))
    }
}
