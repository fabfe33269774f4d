/// One problem in an input file, at a line when it has one.
public struct IngestProblem: Error, Sendable, Equatable {
    /// 1-based physical line where the record starts, or nil for a whole-file problem.
    public var line: Int?
    /// What is wrong, without any identifier value.
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }
}

/// A file that was refused, with its problems (the first 20 listed) and their total.
public struct IngestError: Error, CustomStringConvertible, Sendable {
    /// The file's name as given.
    public var file: String
    /// The first problems found (at most ``listedLimit``).
    public var problems: [IngestProblem]
    /// How many problems were found in all.
    public var total: Int

    /// How many problems are listed.
    public static let listedLimit = 20

    public init(file: String, problems: [IngestProblem], total: Int? = nil) {
        self.file = file
        self.problems = Array(problems.prefix(Self.listedLimit))
        self.total = total ?? problems.count
    }

    /// `file:line: message` lines, then how many more were not listed.
    public var description: String {
        var lines = problems.map { problem in
            problem.line.map { "\(file):\($0): \(problem.message)" } ?? "\(file): \(problem.message)"
        }
        if total > problems.count {
            lines.append("\(file): \(total) problems in all, \(total - problems.count) more not listed; nothing was loaded from this file")
        } else if total > 1 || problems.first?.line != nil {
            lines.append("\(file): \(total) problem\(total == 1 ? "" : "s"); nothing was loaded from this file (use --skip-bad to load the good rows)")
        }
        return lines.joined(separator: "\n")
    }
}
