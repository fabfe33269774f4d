import Foundation

/// A table that cannot be analysed in place, worded for the person at the terminal: the table and the columns
/// by name, what is wrong and how many rows, never a value.
public struct TableError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The table as the person named it (`schema.table`), or the option at fault (`--map`).
    public var table: String
    public var problems: [String]
    /// Whether the problems are rows that break the input contract, which `--skip-bad` leaves out.
    public var rows: Bool

    public init(table: String, problems: [String], rows: Bool = false) {
        self.table = table
        self.problems = problems
        self.rows = rows
    }

    public var description: String {
        var lines = problems.map { "\(table): \($0)" }
        if rows { lines.append("\(table): nothing was analysed or stored (use --skip-bad to leave such rows out)") }
        return lines.joined(separator: "\n")
    }
}

/// Problems with rows, counted by what is wrong.
struct RowProblems {
    private(set) var counts: [String: Int] = [:]
    private var order: [String] = []

    var isEmpty: Bool { order.isEmpty }

    /// Counts `count` rows with `problem`.
    mutating func add(_ problem: String, rows count: Int = 1) {
        guard count > 0 else { return }
        if counts[problem] == nil { order.append(problem) }
        counts[problem, default: 0] += count
    }

    /// Each problem with its count of rows, in the order first met.
    var lines: [String] {
        order.map { "\($0) (\(counts[$0]!.formatted()) row\(counts[$0]! == 1 ? "" : "s"))" }
    }
}
