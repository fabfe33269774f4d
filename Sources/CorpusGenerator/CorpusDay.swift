/// A calendar day (proleptic Gregorian, no time zone), written `YYYY-MM-DD`.
public struct CorpusDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A day from its parts; see `isValid`.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the parts name a real day.
    public var isValid: Bool { (1...12).contains(month) && (1...Self.length(ofMonth: month, in: year)).contains(day) }

    /// ISO-8601 date.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CorpusDay, b: CorpusDay) -> Bool { a.epochDay < b.epochDay }

    /// Days since 1970-01-01.
    var epochDay: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `epochDay` days after 1970-01-01.
    init(epochDay: Int) {
        let z = epochDay + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shifted + 2) / 5 + 1
        month = shifted < 10 ? shifted + 3 : shifted - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The same day `count` months later (earlier when negative), clamped to the month's length.
    func addingMonths(_ count: Int) -> CorpusDay {
        let index = year * 12 + (month - 1) + count
        let (y, m) = (index.floorDiv(12), index - index.floorDiv(12) * 12 + 1)
        return CorpusDay(year: y, month: m, day: min(day, Self.length(ofMonth: m, in: y)))
    }

    /// Monday = 0 … Sunday = 6, for a day since 1970-01-01 (a Thursday).
    static func weekday(ofEpochDay epochDay: Int) -> Int { (epochDay + 3).floorMod(7) }

    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Int {
    fileprivate func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
    fileprivate func floorMod(_ d: Int) -> Int { self - floorDiv(d) * d }
}
