import Foundation

/// Simulates an account's daily per-user, per-feature usage and writes it as events.csv rows.
struct UsageSimulator {
    let window: CorpusWindow
    let seed: UInt64
    private let names = Feature.allCases.map { Array($0.rawValue.utf8) }

    init(window: CorpusWindow, seed: UInt64) {
        self.window = window
        self.seed = seed
    }

    /// Writes account `index`'s rows in date order; every one of its users appears.
    func write(_ account: AccountProfile, index: Int, to writer: inout CSVWriter) throws {
        var random = SeededRandom(seed: seed, stream: UInt64(index), purpose: 2)
        let days = window.days, userCount = account.users.count

        // Expected active user-days per day: rows per day × time profile × weekday rhythm ÷ features per day.
        let weekday = 7 / (5 + 2 * account.weekend), weekendFactor = account.weekend * weekday
        let perDay = account.rowsPerYear / 365.25 / account.featuresPerDay
        var expected = [Double](repeating: 0, count: days)
        for d in 0..<days {
            let activity = account.activity(on: window.first + d, month: window.months[d], position: (Double(d) + 0.5) / Double(days))
            expected[d] = perDay * activity * (window.weekends[d] ? weekendFactor : weekday)
        }

        // Users differ in how active they are and in their own feature mix.
        var shares = (0..<userCount).map { _ in random.lognormal(median: 1, sigma: account.userSpread) }
        let total = shares.reduce(0, +)
        shares = shares.map { $0 / total }
        let mixes: [[Double]] = (0..<userCount).map { _ in
            account.mix.map { $0 * random.lognormal(median: 1, sigma: 0.5) }
        }
        let intensities = (0..<userCount).map { _ in account.intensity * random.lognormal(median: 1, sigma: 0.3) }

        // Who is active on which day; every user appears at least once.
        var active = [Bool](repeating: false, count: days * userCount)
        var seen = [Bool](repeating: false, count: userCount)
        for d in 0..<days where expected[d] > 0 {
            for u in 0..<userCount where random.uniform() < min(0.95, expected[d] * shares[u]) {
                active[d * userCount + u] = true
                seen[u] = true
            }
        }
        let possible = (0..<days).filter { expected[$0] > 0 }
        for u in 0..<userCount where !seen[u] {
            let d = possible.isEmpty ? days - 1 : possible[random.int(0...(possible.count - 1))]
            active[d * userCount + u] = true
        }

        // Rows: each active user uses 1–3 features that day.
        let user = account.users.map { Array($0.utf8) }, id = Array(account.id.utf8)
        let extra = min(1, max(0, (account.featuresPerDay - 1) / 2))
        var chosen = [Int]()
        for d in 0..<days {
            for u in 0..<userCount where active[d * userCount + u] {
                let wanted = 1 + (random.chance(extra) ? 1 : 0) + (random.chance(extra) ? 1 : 0)
                chosen.removeAll(keepingCapacity: true)
                for _ in 0..<(wanted * 4) where chosen.count < wanted {
                    let feature = random.pick(mixes[u])
                    if !chosen.contains(feature) { chosen.append(feature) }
                }
                chosen.sort()
                for feature in chosen {
                    let kind = Feature.allCases[feature]
                    let count = max(1, Int(random.lognormal(median: kind.actionsPerDay * intensities[u], sigma: 0.6).rounded()))
                    let duration = Int((Double(count) * kind.secondsPerAction * random.lognormal(median: 1, sigma: 0.4)).rounded())
                    writer.raw(id)
                    writer.comma()
                    writer.raw(user[u])
                    writer.comma()
                    writer.raw(window.dates, window.date(d))
                    writer.comma()
                    writer.raw(names[feature])
                    writer.comma()
                    writer.integer(count)
                    writer.comma()
                    writer.integer(duration)
                    try writer.endRow()
                }
            }
        }
    }
}
