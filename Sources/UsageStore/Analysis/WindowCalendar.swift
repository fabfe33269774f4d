import Foundation
import Archetypes

/// The calendar of an analysis window, as every engine counts it: day 0 is the window's first UTC day, week `i` holds
/// days `7i…7i+6` (the last week takes the rest), months are UTC calendar months counted from the window's first, and
/// users seen in the last 28 days count as recent.
package struct WindowCalendar: Sendable {
    package let from: Int64
    package let to: Int64
    package let firstDay: Int64
    package let weeks: Int
    package let months: Int
    /// Month index of each day of the window.
    package let monthOfDay: [Int]
    package let recentSince: Int64

    package init(from: Int64, to: Int64) {
        self.from = from
        self.to = to
        firstDay = from / 86_400
        let dayCount = Int((to - 1) / 86_400 - firstDay) + 1
        weeks = UsageWindow.weeks(from: from, to: to)
        let firstMonth = Self.absoluteMonth(from)
        months = Self.absoluteMonth(to - 1) - firstMonth + 1
        monthOfDay = (0..<dayCount).map { Self.absoluteMonth(from + Int64($0) * 86_400) - firstMonth }
        recentSince = to - 28 * 86_400
    }

    /// Months since year 0 of a Unix time (UTC).
    package static func absoluteMonth(_ time: Int64) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: Date(timeIntervalSince1970: TimeInterval(time)))
        return parts.year! * 12 + parts.month! - 1
    }
}
