import Foundation
import GRDB
import Testing
@testable import CorpusGenerator
@testable import UsageStore

/// Random and mutated CSV and NDJSON, with a fixed seed: never a crash; a file is either loaded exactly or refused
/// with the database unchanged; no identifier in any message or stored reason.
@Suite struct IngestFuzzTests {
    /// One generated events file and what loading it must give.
    struct Sample {
        var name: String
        var bytes: [UInt8]
        var rows: Int
        var countSum: Double
        var accounts: Set<String>
    }

    /// Identifiers carry `zq`, which no message word holds.
    static func identifier(_ random: inout SeededRandom) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let body = String((0..<random.int(3...10)).map { _ in letters[random.int(0...letters.count - 1)] })
        return random.chance(0.2) ? "Zq-\(body) co, \"ltd\"" : "zq\(body)"
    }

    static func csvField(_ text: String, _ random: inout SeededRandom) -> String {
        let needsQuotes = text.contains(where: { ",\"\n\r".contains($0) })
        return needsQuotes || random.chance(0.2) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A well-formed file: random quoting, line ends, BOM, event names with commas, quotes and line breaks.
    static func validSample(_ random: inout SeededRandom, index: Int) -> Sample {
        let ndjson = random.chance(0.3)
        let accounts = (0..<random.int(1...8)).map { _ in identifier(&random) }
        let events = ["report", "api call", "say \"hi\"", "a,b", "multi\nline", "café"]
        let lineEnd = random.chance(0.5) ? "\r\n" : "\n"
        var text = ndjson ? "" : "account,user,time,event,count\(lineEnd)"
        var sample = Sample(name: "f\(index).\(ndjson ? "ndjson" : "csv")", bytes: [], rows: 0, countSum: 0, accounts: [])
        for _ in 0..<random.int(0...40) {
            let account = accounts[random.int(0...accounts.count - 1)]
            let user = identifier(&random)
            let day = String(format: "2025-%02d-%02d", random.int(1...12), random.int(1...28))
            let event = events[random.int(0...events.count - 1)]
            let count = random.int(0...1000)
            if ndjson {
                let object: [String: Any] = ["account": account, "user": user, "time": day, "event": event, "count": count]
                text += String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
            } else {
                text += [account, user, day, event, String(count)].map { csvField($0, &random) }.joined(separator: ",") + lineEnd
            }
            sample.rows += 1
            sample.countSum += Double(count)
            sample.accounts.insert(account)
        }
        if ndjson && sample.rows == 0 { text = #"{"account": "zqonly", "time": "2025-01-01"}"# + "\n"; sample.rows = 1; sample.countSum = 1; sample.accounts = ["zqonly"] }
        if !ndjson && random.chance(0.3) && text.hasSuffix(lineEnd) && sample.rows > 0 { text.removeLast(lineEnd.count) }
        sample.bytes = (random.chance(0.2) && !ndjson ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        return sample
    }

    /// The same bytes, broken in one of the ways real files break.
    static func mutate(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<random.int(1...4) {
            let at = bytes.isEmpty ? 0 : random.int(0...bytes.count - 1)
            switch random.int(0...7) {
            case 0: bytes.insert(UInt8(ascii: "\""), at: at)
            case 1: if !bytes.isEmpty { bytes.remove(at: at) }
            case 2: bytes.insert(UInt8(ascii: "\r"), at: at)
            case 3: bytes.insert(contentsOf: [0xFF, 0xC3], at: at)
            case 4: bytes.insert(contentsOf: Array(",,,".utf8), at: at)
            case 5: bytes = Array(bytes.prefix(at))
            case 6: bytes.insert(contentsOf: Array("1e999".utf8), at: at)
            default: bytes.insert(contentsOf: [0x00, 0x1B, 0x7B, 0x5B], at: at)
            }
        }
        return bytes
    }

    static func assertNoIdentifier(_ text: String, _ context: String) {
        #expect(!text.lowercased().contains("zq"), "\(context): \(text)")
    }

    @Test func validFilesLoadExactly() throws {
        var random = SeededRandom(seed: 20_261_128)
        for index in 0..<150 {
            let fixture = try Fixture()
            let sample = Self.validSample(&random, index: index)
            let report = try fixture.ingest(try fixture.file(sample.name, Data(sample.bytes)), .events)
            #expect(report.rowsLoaded == sample.rows, "\(sample.name)")
            #expect(try fixture.int("SELECT COUNT(*) FROM events") == sample.rows)
            #expect(try fixture.store.read { try Double.fetchOne($0, sql: "SELECT IFNULL(SUM(count), 0) FROM events") } == sample.countSum)
            #expect(try fixture.int("SELECT COUNT(*) FROM accounts") == sample.accounts.count)
            for account in sample.accounts { #expect(try fixture.store.lookup(account: account).known) }
            try Self.assertNoIdentifier(LeakTests.storedText(fixture), sample.name)
        }
    }

    @Test func brokenFilesLoadWhatIsGoodOrChangeNothing() throws {
        var random = SeededRandom(seed: 7)
        let fixture = try Fixture()
        try fixture.ingest(try fixture.file("seed.csv", "account,time\nzqseed,2025-01-01\n"), .events)
        for index in 0..<300 {
            let sample = Self.validSample(&random, index: index)
            let url = try fixture.file(sample.name, Data(Self.mutate(sample.bytes, &random)))
            let skipBad = random.chance(0.5)
            let before = try fixture.counts()
            do {
                let report = try fixture.ingest(url, .events, IngestOptions(skipBad: skipBad))
                let after = try fixture.counts()
                #expect(after["events"]! - before["events"]! == report.rowsLoaded, "\(sample.name)")
                #expect(after["datasets"]! - before["datasets"]! == 1)
                report.problems.forEach { Self.assertNoIdentifier($0.message, sample.name) }
            } catch let error as IngestError {
                #expect(try fixture.counts() == before, "\(sample.name)")
                Self.assertNoIdentifier(error.description, sample.name)
            }
        }
        try Self.assertNoIdentifier(
            fixture.rows("SELECT reason FROM rejectedRows").map { $0["reason"] as String }.joined(separator: "\n"), "stored reasons")
        #expect(try Store.check(path: fixture.store.path).isEmpty)
    }
}
