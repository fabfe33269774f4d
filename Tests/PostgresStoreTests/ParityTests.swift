import Archetypes
import CorpusGenerator
import Foundation
import PostgresStore
import Runs
import Testing
import TestSupport
import UsageStore

/// One truth, two engines: the same files loaded into SQLite and into PostgreSQL give the same features, the same
/// archetypes for a seed and the same briefs, byte for byte.
@Suite(.enabled(if: TestServer.available, TestServer.skipped), .serialized)
struct ParityTests {
    /// A generated corpus loaded into SQLite (by ``LoadedCorpus``) and into a fresh PostgreSQL database.
    final class TwoEngines: @unchecked Sendable {
        let corpus: LoadedCorpus
        let database: TestServer.Database
        let postgres: PostgresStore

        init(accounts: Int = 160, months: Int = 6, seed: UInt64 = 11) throws {
            corpus = try LoadedCorpus(accounts: accounts, months: months, seed: seed)
            database = try TestServer.Database()
            postgres = try PostgresStore(database.url)
            let ingestor = PostgresIngestor(store: postgres)
            for kind in [InputKind.accounts, .events, .outcomes] {
                _ = try ingestor.ingest(corpus.folder.appendingPathComponent("corpus/\(kind.rawValue).csv"), as: kind,
                                        options: IngestOptions(now: LoadedCorpus.now))
            }
        }
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
    static func close(_ a: Double?, _ b: Double?) -> Bool { a == nil ? b == nil : b.map { close(a!, $0) } ?? false }

    @Test func theSameUsageAndFeaturesOnBothEngines() throws {
        let engines = try TwoEngines()
        let span = try #require(try engines.corpus.store.eventSpan())
        #expect(try engines.postgres.eventSpan()! == span)
        // The whole span, and a window that starts mid-day and mid-month.
        for (from, to) in [(span.from, span.to), (span.from + 40 * 86_400 + 3_600, span.to - 20 * 86_400)] {
            let (sqliteWindow, sqlite) = try engines.corpus.store.usage(from: from, to: to)
            let (postgresWindow, postgres) = try engines.postgres.usage(from: from, to: to)
            #expect(sqliteWindow.features == postgresWindow.features)
            #expect(sqliteWindow.hasUsers == postgresWindow.hasUsers && sqliteWindow.hasDuration == postgresWindow.hasDuration)
            #expect(sqliteWindow.hasValue == postgresWindow.hasValue && sqliteWindow.hasSeats == postgresWindow.hasSeats)
            #expect(sqliteWindow.datasetHashes == postgresWindow.datasetHashes)
            try #require(sqlite.count == postgres.count)
            for (a, b) in zip(sqlite, postgres) {
                #expect(a.account == b.account)
                #expect(a.weekly.count == b.weekly.count && zip(a.weekly, b.weekly).allSatisfy { Self.close($0, $1) })
                #expect(a.monthly.count == b.monthly.count && zip(a.monthly, b.monthly).allSatisfy { Self.close($0, $1) })
                #expect(a.byFeature.count == b.byFeature.count && zip(a.byFeature, b.byFeature).allSatisfy { Self.close($0, $1) })
                #expect(a.users == b.users && a.recentUsers == b.recentUsers)
                #expect(Self.close(a.duration, b.duration) && Self.close(a.value, b.value))
                #expect(a.firstEvent == b.firstEvent && a.lastEvent == b.lastEvent)
                #expect(a.profile.industry == b.profile.industry && a.profile.seats == b.profile.seats)
                #expect(a.profile.started == b.profile.started && a.profile.renewed == b.profile.renewed)
                #expect(a.profile.attributes == b.profile.attributes)
            }
        }
        let sqliteOutcomes = try engines.corpus.store.outcomes(), postgresOutcomes = try engines.postgres.outcomes()
        #expect(sqliteOutcomes.map(\.account) == postgresOutcomes.map(\.account))
        #expect(sqliteOutcomes.map(\.metric) == postgresOutcomes.map(\.metric))

        // The same archetypes for the same seed: the same members in the same groups (ARI 1.0), the same features.
        let lexicon = try shippedLexicon()
        let options = AnalysisOptions(seed: 7)
        let a = try RunArchive(store: engines.corpus.store).analyze(options: options, lexicon: lexicon).analysis
        let b = try RunArchive(store: engines.postgres).analyze(options: options, lexicon: lexicon).analysis
        #expect(a.k == b.k)
        #expect(a.members.map(\.account) == b.members.map(\.account))
        #expect(a.members.map(\.archetype) == b.members.map(\.archetype))
        #expect(a.members.map(\.health.score) == b.members.map(\.health.score))
        #expect(a.archetypes.map(\.name.en) == b.archetypes.map(\.name.en))
        #expect(Self.close(a.silhouette, b.silhouette))
    }

    @Test func everyCommandWorksOnPostgresAndBriefsMatchByteForByte() throws {
        let engines = try TwoEngines(accounts: 120, months: 5, seed: 4)
        let sqlite = engines.corpus.folder.appendingPathComponent("conteur.sqlite").path
        let postgres = engines.database.url
        let password = try #require(URLComponents(string: postgres)?.password)
        var outputs: [String: [String]] = [:]
        for db in [sqlite, postgres] {
            let raw = try String(contentsOf: engines.corpus.accountsFile, encoding: .utf8)
                .split(separator: "\n")[1].split(separator: ",")[0]
            let commands: [[String]] = [
                ["analyze", "--seed", "3"],
                ["archetypes"],
                ["archetype", "1"],
                ["members", "--format", "csv"],
                ["at-risk", "--top", "5"],
                ["lookup", String(raw)],
                ["pitch", "--goals", "reduce churn and onboard new teams faster", "--locale", "en", "--format", "md"],
                ["pitch", "--goals", "gagner du temps sur les rapports", "--locale", "fr", "--format", "text"],
            ]
            for command in commands {
                let output = try CLI.run(command + ["--db", db])
                #expect(!output.contains(password))
                outputs[db, default: []].append(output)
            }
            let info = try CLI.run(["db", "info", "--db", db])
            #expect(info.contains("schema: ") && !info.contains(password))
            _ = try CLI.run(["db", "check", "--db", db])
            let pack = engines.corpus.folder.appendingPathComponent("pack-\(db == sqlite ? "sqlite" : "postgres")").path
            _ = try CLI.run(["export", "--md", pack, "--db", db])
        }
        // Pseudonyms differ (each database has its own key), and so do run timings; members with equal health come in
        // pseudonym order. Past those, every output is the same text.
        let (a, b) = (outputs[sqlite]!.map(Self.normalized), outputs[postgres]!.map(Self.normalized))
        for index in 1..<a.count where index != 5 {
            let sorts = index == 3 || index == 4
            let x: [Substring] = sorts ? Self.sortedLines(a[index]) : [Substring(a[index])]
            let y: [Substring] = sorts ? Self.sortedLines(b[index]) : [Substring(b[index])]
            #expect(x == y, "output of \(index) differs")
        }
        #expect(a[5].contains("acc-") && b[5].contains("acc-"))
        // The Markdown packs, page by page.
        let packs = ["sqlite", "postgres"].map { engines.corpus.folder.appendingPathComponent("pack-\($0)") }
        let pages = try FileManager.default.subpathsOfDirectory(atPath: packs[0].path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!pages.isEmpty)
        #expect(pages == (try FileManager.default.subpathsOfDirectory(atPath: packs[1].path).filter { $0.hasSuffix(".md") }.sorted()))
        for page in pages {
            let texts = try packs.map { try String(contentsOf: $0.appendingPathComponent(page), encoding: .utf8) }
            #expect(Self.normalized(texts[0]) == Self.normalized(texts[1]), "\(page) differs")
        }
    }

    /// Text with pseudonyms and timings masked.
    static func normalized(_ text: String) -> String {
        text.replacing(/acc-[0-9a-f]{16}/, with: "acc-#").replacing(/in [0-9]+ ms/, with: "in # ms")
    }

    static func sortedLines(_ text: String) -> [Substring] { text.split(separator: "\n").sorted() }
}

/// The built `conteur` executable.
enum CLI {
    /// Runs conteur; returns its standard output, and fails the test on a non-zero exit.
    static func run(_ arguments: [String]) throws -> String {
        let result = try ConteurProcess.run(arguments)
        #expect(result.status == 0, "conteur \(arguments.first ?? ""): \(result.errors)")
        return result.output
    }
}
