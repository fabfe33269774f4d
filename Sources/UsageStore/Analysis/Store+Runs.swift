public import Foundation
import GRDB

/// A stored analysis run.
public struct RunRecord: Sendable, Codable {
    public var id: Int64
    public var createdAt: Date
    public var parameters: String
    public var seed: Int64
    public var datasetHashes: String
    public var k: Int
    public var silhouette: Double
    public var timings: String
    /// The analysis as JSON.
    public var analysis: Data
}

/// One account's place in a run.
public struct RunMember: Sendable {
    public var account: Int64
    public var pseudonym: String
    public var archetype: Int
    public var health: Int
    public var status: String
    /// Reasons as JSON.
    public var reasons: String
    /// Profile and extra attributes, name → value.
    public var attributes: [String: String]

    public init(account: Int64, pseudonym: String = "", archetype: Int, health: Int, status: String, reasons: String,
                attributes: [String: String] = [:]) {
        self.account = account
        self.pseudonym = pseudonym
        self.archetype = archetype
        self.health = health
        self.status = status
        self.reasons = reasons
        self.attributes = attributes
    }
}

/// A name a person gave to an archetype.
public struct NameOverride: Sendable {
    public var run: Int64
    public var archetype: Int
    public var en: String
    public var fr: String
    /// Account row ids of the archetype when it was named.
    public var members: Set<Int64>
}

extension Store {
    /// Stores a run and its members in one transaction; returns the run id.
    public func saveRun(parameters: String, seed: UInt64, datasetHashes: [String], k: Int, silhouette: Double,
                        timings: String, analysis: Data, members: [RunMember]) throws -> Int64 {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs(createdAt, parameters, seed, datasetHashes, k, silhouette, timings, analysis)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [Date(), parameters, Int64(bitPattern: seed), datasetHashes.joined(separator: ","), k, silhouette, timings, analysis])
            let run = db.lastInsertedRowID
            let insert = try db.makeStatement(sql: "INSERT INTO runMembers(run, account, archetype, health, status, reasons) VALUES (?, ?, ?, ?, ?, ?)")
            for member in members {
                try insert.execute(arguments: [run, member.account, member.archetype, member.health, member.status, member.reasons])
            }
            return run
        }
    }

    /// Replaces a run's stored analysis (after a rename).
    public func updateRun(_ id: Int64, analysis: Data) throws {
        try write { db in
            try db.execute(sql: "UPDATE runs SET analysis = ?, revision = revision + 1 WHERE id = ?", arguments: [analysis, id])
        }
    }

    /// The latest run's id and revision: a cheap way to tell whether the latest analysis changed.
    public func latestRunStamp() throws -> (id: Int64, revision: Int)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, revision FROM runs ORDER BY id DESC LIMIT 1").map { ($0[0], $0[1]) }
        }
    }

    /// A run by id, or the latest when `id` is nil.
    public func run(_ id: Int64?) throws -> RunRecord? {
        try read { db in
            if let id { return try Decoded<RunRecord>.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id])?.record }
            return try Decoded<RunRecord>.fetchOne(db, sql: "SELECT * FROM runs ORDER BY id DESC LIMIT 1")?.record
        }
    }

    /// Every run, newest first, without their analyses.
    public func runs() throws -> [(id: Int64, createdAt: Date, k: Int, silhouette: Double)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, createdAt, k, silhouette FROM runs ORDER BY id DESC").map { ($0[0], $0[1], $0[2], $0[3]) }
        }
    }

    /// Members of a run, optionally of one archetype, with their attributes, lowest health first when `byHealth`.
    public func members(run: Int64, archetype: Int?, byHealth: Bool) throws -> [RunMember] {
        try read { db in
            var sql = """
                SELECT m.account, a.pseudonym, m.archetype, m.health, m.status, m.reasons, \(Self.profileTextColumns)
                FROM runMembers m JOIN accounts a ON a.id = m.account LEFT JOIN accountProfiles p ON p.account = m.account
                WHERE m.run = ?
                """
            var arguments: StatementArguments = [run]
            if let archetype {
                sql += " AND m.archetype = ?"
                arguments += [archetype]
            }
            sql += byHealth ? " ORDER BY m.health, a.pseudonym" : " ORDER BY m.archetype, a.pseudonym"
            var members = try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                RunMember(account: row[0], pseudonym: row[1], archetype: row[2], health: row[3], status: row[4],
                          reasons: row[5], attributes: Dictionary(uniqueKeysWithValues: Self.profileText(row)))
            }
            let index = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.account, $0) })
            let extras = try Row.fetchCursor(db, sql: "SELECT account, name, value FROM accountAttributes")
            while let row = try extras.next() {
                if let i = index[row[0]] { members[i].attributes[row[1]] = row[2] }
            }
            return members
        }
    }

    /// Records a person's name for an archetype of a run.
    public func saveName(run: Int64, archetype: Int, en: String, fr: String, members: [Int64]) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO archetypeNames(run, archetype, nameEn, nameFr, members, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [run, archetype, en, fr, members.map(String.init).joined(separator: ","), Date()])
        }
    }

    /// Every name override, newest first.
    public func nameOverrides() throws -> [NameOverride] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT run, archetype, nameEn, nameFr, members FROM archetypeNames ORDER BY id DESC").map { row in
                let members: String = row[4]
                return NameOverride(run: row[0], archetype: row[1], en: row[2], fr: row[3],
                                    members: Set(members.split(separator: ",").compactMap { Int64($0) }))
            }
        }
    }
}
