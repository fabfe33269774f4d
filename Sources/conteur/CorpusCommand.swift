import ArgumentParser
import CorpusGenerator
import Foundation

/// `conteur corpus generate`: a synthetic usage data set with planted behaviours.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus", abstract: "Generate synthetic usage data sets.", subcommands: [Generate.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write events.csv, accounts.csv and outcomes.csv with planted usage behaviours.")

        @Option(help: "Number of accounts.") var accounts = 1500
        @Option(help: "Months of activity, ending at --end.") var months = 12
        @Option(help: "Random seed: the same seed gives the same files.") var seed: UInt64 = 42
        @Option(help: "Output folder.") var out: String

        func validate() throws {
            guard accounts >= 1 else { throw ValidationError("--accounts must be at least 1") }
            guard (1...60).contains(months) else { throw ValidationError("--months must be between 1 and 60") }
        }

        func run() throws {
            let generator = CorpusGenerator(CorpusConfiguration(accounts: accounts, months: months, seed: seed))
            let enabled = isatty(STDOUT_FILENO) != 0
            let summary = try generator.write(to: URL(fileURLWithPath: out)) { fraction in
                if enabled { print(String(format: "\r\u{1B}[K  generating: %.0f %%", fraction * 100), terminator: "") }
            }
            if enabled { print("\r\u{1B}[K", terminator: "") }
            print("wrote \(summary.files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")) to \(out): \(summary.accounts.formatted()) accounts, "
                + "\(summary.users.formatted()) users, \(summary.eventRows.formatted()) event rows, "
                + "\(summary.outcomeRows.formatted()) outcomes, \((summary.bytes / 1_000_000).formatted()) MB")
        }
    }
}
