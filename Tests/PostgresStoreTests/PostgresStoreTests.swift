import Archetypes
import CorpusGenerator
import Foundation
import PostgresStore
import Runs
import Testing
import TestSupport
import UsageStore

/// The PostgreSQL store on its own: schema, refusals, the password, the ingest contract, runs.
@Suite(.enabled(if: TestServer.available, TestServer.skipped))
struct PostgresStoreTests {
    /// A small events file in a temporary folder.
    static func file(_ name: String, _ text: String) throws -> URL {
        let folder = try temporaryFolder("conteur-pg")
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func createsTheSchemaOnceAndNamesItsVersion() throws {
        let database = try TestServer.Database()
        let store = try PostgresStore(database.url)
        #expect(try store.schemaVersion() == "v2-analysis-runs")
        let again = try PostgresStore(database.url, access: .readOnly)
        #expect(try again.schemaVersion() == "v2-analysis-runs")
        #expect(try store.pseudonymizer().pseudonym("a", .account) == again.pseudonymizer().pseudonym("a", .account))
    }

    @Test func refusesANewerSchemaAnotherApplicationAndAnEmptyDatabaseForReading() throws {
        let empty = try TestServer.Database()
        #expect { try PostgresStore(empty.url, access: .readOnly) } throws: { error in
            (error as? PostgresStoreError).map { if case .noSchema = $0 { true } else { false } } ?? false
        }
        let newer = try TestServer.Database()
        _ = try PostgresStore(newer.url)
        try TestServer.execute(newer.url, "INSERT INTO conteur_migrations VALUES (99, 'v99-from-the-future', now())")
        #expect { try PostgresStore(newer.url) } throws: { error in
            "\(error)".contains("newer version of Conteur") && "\(error)".contains("v2-analysis-runs")
        }
        let foreign = try TestServer.Database()
        try TestServer.execute(foreign.url, "CREATE TABLE invoices(id int)")
        #expect { try PostgresStore(foreign.url) } throws: { error in "\(error)".contains("not a Conteur database") }
    }

    @Test func neverPrintsThePassword() throws {
        let database = try TestServer.Database()
        let password = try #require(URLComponents(string: database.url)?.password)
        let store = try PostgresStore(database.url)
        #expect(!store.path.contains(password))
        #expect(!(try store.info().path.contains(password)))
        let wrong = database.url.replacingOccurrences(of: ":\(password)@", with: ":not-\(password)@")
        #expect { try PostgresStore(wrong) } throws: { error in
            "\(error)".contains("refused") && !"\(error)".contains(password)
        }
        let nowhere = database.url.replacingOccurrences(of: "/\(database.name)", with: "/missing_\(database.name)")
        #expect { try PostgresStore(nowhere) } throws: { error in !"\(error)".contains(password) }
        #expect { try PostgresURL("postgres://nobody:\(password)@") } throws: { error in !"\(error)".contains(password) }
    }

    @Test func refusesABadFileWholeAndSkipsBadRowsWhenAsked() throws {
        let database = try TestServer.Database()
        let store = try PostgresStore(database.url)
        let ingestor = PostgresIngestor(store: store)
        let options = IngestOptions(now: LoadedCorpus.now)
        let bad = try Self.file("events.csv", "account,time,count\nacme,2024-01-01,2\nacme,not-a-date,1\nglobex,2024-01-02,-1\n")
        #expect { try ingestor.ingest(bad, as: .events, options: options) } throws: { error in
            let text = "\(error)"
            return text.contains("events.csv:3: column \"time\"") && text.contains("events.csv:4: column \"count\": negative")
                && !text.contains("acme") && !text.contains("globex")
        }
        var info = try store.info()
        #expect(info.datasets.isEmpty && info.rowCounts["events"] == 0 && info.rowCounts["accounts"] == 0)
        var skipping = options
        skipping.skipBad = true
        let report = try ingestor.ingest(bad, as: .events, options: skipping)
        #expect(report.rowsLoaded == 1 && report.rowsRejected == 2)
        info = try store.info()
        #expect(info.rowCounts["events"] == 1 && info.rowCounts["rejectedRows"] == 2 && info.datasets.count == 1)
    }

    @Test func skipsAFileAlreadyLoadedAndReplacesItWhenAsked() throws {
        let database = try TestServer.Database()
        let store = try PostgresStore(database.url)
        let ingestor = PostgresIngestor(store: store)
        let options = IngestOptions(now: LoadedCorpus.now)
        let events = try Self.file("events.csv", "account,user,time,event,count,duration,value\na,u1,2024-01-01,login,2,30,1.5\nb,,2024-01-09,report,1,,\n")
        let first = try ingestor.ingest(events, as: .events, options: options)
        #expect(!first.skipped && first.rowsLoaded == 2)
        let again = try ingestor.ingest(events, as: .events, options: options)
        #expect(again.skipped && again.dataset == first.dataset)
        var replacing = options
        replacing.replace = true
        let replaced = try ingestor.ingest(events, as: .events, options: replacing)
        #expect(!replaced.skipped && replaced.dataset != first.dataset)
        let info = try store.info()
        #expect(info.rowCounts["events"] == 2 && info.rowCounts["accounts"] == 2 && info.datasets.count == 1)
        // The same bytes loaded as another kind are another dataset, never a replacement.
        let accounts = try Self.file("accounts.csv", "account,industry\na,retail\n")
        _ = try ingestor.ingest(accounts, as: .accounts, options: options)
        let lookup = try store.lookup(account: " a ")
        #expect(lookup.known && lookup.events == 1 && lookup.firstEvent == "2024-01-01")
        #expect(lookup.attributes.map(\.0) == ["industry"])
        #expect(!(try store.lookup(account: "zzz").known))
        #expect(try store.check().isEmpty)
    }
}
