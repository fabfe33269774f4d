/// The days covered by a corpus, with what the simulation needs to know about each.
struct CorpusWindow {
    /// First and last epoch days covered.
    let first: Int
    let last: Int
    /// ISO dates of every day, 10 bytes each.
    let dates: [UInt8]
    /// Month (1…12) of every day.
    let months: [Int]
    /// Whether every day is a Saturday or Sunday.
    let weekends: [Bool]

    init(_ configuration: CorpusConfiguration) {
        first = configuration.start.epochDay
        last = configuration.end.epochDay
        var dates = [UInt8](), months = [Int](), weekends = [Bool]()
        for day in first...last {
            let date = CorpusDay(epochDay: day)
            dates.append(contentsOf: date.description.utf8)
            months.append(date.month)
            weekends.append(CorpusDay.weekday(ofEpochDay: day) >= 5)
        }
        self.dates = dates
        self.months = months
        self.weekends = weekends
    }

    var days: Int { last - first + 1 }

    /// The ISO date of day `index` of the window, as a byte range of `dates`.
    func date(_ index: Int) -> Range<Int> { index * 10..<(index * 10 + 10) }
}
