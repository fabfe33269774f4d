import Archetypes
import Foundation
import Runs
import TestSupport
import Testing
import UsageStore

/// Runs are made, read, renamed and queried in one place, over a real store.
@Suite struct RunArchiveTests {
    /// A generated corpus and its runs.
    struct Loaded {
        let corpus: LoadedCorpus
        let archive: RunArchive
        let lexicon: NamingLexicon
        var folder: URL { corpus.folder }

        init(accounts: Int = 160) throws {
            corpus = try LoadedCorpus(accounts: accounts, months: 4, seed: 11)
            archive = RunArchive(store: corpus.store)
            lexicon = try shippedLexicon()
        }
    }

    @Test func anEmptyStoreSaysWhatToDo() throws {
        let loaded = try Loaded(accounts: 20)
        let empty = RunArchive(store: try Store(path: loaded.folder.appendingPathComponent("empty.sqlite").path))
        #expect(throws: RunError.noEvents) { try empty.analyze(options: .init(), lexicon: loaded.lexicon) }
        #expect(throws: RunError.noAnalysis) { try empty.load() }
    }

    @Test func anAnalysisIsStoredAndReadBackAsMade() throws {
        let loaded = try Loaded()
        let made = try loaded.archive.analyze(options: AnalysisOptions(seed: 3), lexicon: loaded.lexicon)
        let read = try loaded.archive.load()
        #expect(read.record.id == made.record.id)
        #expect(read.analysis.members.map(\.archetype) == made.analysis.members.map(\.archetype))
        #expect(read.analysis.archetypes.map(\.name) == made.analysis.archetypes.map(\.name))
        #expect(throws: RunError.noRun(99)) { try loaded.archive.load(99) }
        #expect(throws: RunError.noArchetype(99, run: made.record.id, count: made.analysis.k)) {
            try loaded.archive.archetype(99, of: read)
        }
    }

    @Test func aChosenNameSurvivesReanalysis() throws {
        let loaded = try Loaded()
        try loaded.archive.analyze(options: AnalysisOptions(seed: 3), lexicon: loaded.lexicon)
        try loaded.archive.rename(archetype: 1, en: "Our champions", fr: "Nos champions")
        #expect(try loaded.archive.load().analysis.archetypes[0].name == .init(en: "Our champions", fr: "Nos champions", custom: true))
        let again = try loaded.archive.analyze(options: AnalysisOptions(seed: 3), lexicon: loaded.lexicon)
        #expect(again.analysis.archetypes.contains { $0.name.en == "Our champions" && $0.name.custom })
    }

    @Test func atRiskComesLowestFirstWithReasonsAsCodes() throws {
        let loaded = try Loaded()
        let run = try loaded.archive.analyze(options: AnalysisOptions(seed: 3), lexicon: loaded.lexicon)
        let (_, members) = try loaded.archive.atRisk(top: 15)
        #expect(members.count == 15)
        #expect(members.map(\.health) == members.map(\.health).sorted())
        let stored = Dictionary(uniqueKeysWithValues: run.analysis.members.map { ($0.pseudonym, $0.health.reasons) })
        for member in members { #expect(member.reasons == stored[member.pseudonym]) }
        #expect(members.contains { !$0.reasons.isEmpty })
    }

    @Test func lookupFindsTheAccountsPlaceInTheLatestRun() throws {
        let loaded = try Loaded()
        let run = try loaded.archive.analyze(options: AnalysisOptions(seed: 3), lexicon: loaded.lexicon)
        let accounts = try String(contentsOf: loaded.corpus.accountsFile, encoding: .utf8)
        let raw = String(accounts.split(separator: "\n")[1].split(separator: ",")[0])
        let found = try loaded.archive.lookup(account: raw)
        #expect(found.summary.known && found.run?.record.id == run.record.id)
        #expect(found.member?.pseudonym == found.summary.pseudonym)
        #expect(try loaded.archive.lookup(account: "nobody-at-all").member == nil)
    }
}
