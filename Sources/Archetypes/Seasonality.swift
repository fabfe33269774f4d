/// Seasonality measured against the population's own calendar: how much busier an account's busiest month is
/// than the same month is for a typical account.
///
/// A busiest month's raw share rewards noise: an account with thirty events a year always has a lumpy month.
/// Here each month's share is set against the median account's share of that month (so a calendar everyone
/// follows, a product launch or a summer lull, lifts nobody), over the account's own active months only (so a
/// new account is not "seasonal" for having no past, and an account active in fewer than three months is
/// not read at all), and shrunk towards the typical calendar by a prior of a
/// dozen events (so a handful of events cannot make a peak).
struct Seasonality {
    /// The median account's share of activity in each month of the window, summing to 1.
    let calendar: [Double]
    /// Events of prior weight pulling a small account's shares towards the typical calendar.
    static let prior = 12.0

    init(usage: [AccountUsage]) {
        let months = usage.first?.monthly.count ?? 0
        var shares = [[Double]](repeating: [], count: months)
        for account in usage {
            let total = account.monthly.reduce(0, +)
            guard total > 0 else { continue }
            for month in 0..<months { shares[month].append(account.monthly[month] / total) }
        }
        let medians = shares.map { $0.isEmpty ? 0 : Statistics.median($0) }
        let floor = 1 / Double(max(4 * months, 1))
        let floored = medians.map { max($0, floor) }
        let sum = floored.reduce(0, +)
        calendar = floored.map { $0 / max(sum, .leastNonzeroMagnitude) }
    }

    /// The busiest active month's share over the typical calendar's share of it (×); 1 for an account that follows
    /// the typical calendar.
    /// Accounts active in fewer months have no rhythm to read: a one-off purchase is not a season.
    static let activeMonths = 3

    func lift(_ monthly: [Double]) -> Double {
        guard let first = monthly.firstIndex(where: { $0 > 0 }), monthly.count == calendar.count,
              monthly.filter({ $0 > 0 }).count >= Self.activeMonths else { return 1 }
        let months = first..<monthly.count
        let expected = months.reduce(0) { $0 + calendar[$1] }
        let total = monthly[months].reduce(0, +)
        return months.map { month in
            let typical = calendar[month] / expected
            return (monthly[month] + Self.prior * typical) / (total + Self.prior) / typical
        }.max() ?? 1
    }
}
