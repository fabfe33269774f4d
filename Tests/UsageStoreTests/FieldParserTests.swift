import Testing
@testable import UsageStore

/// Times as the input contract reads them: ISO-8601 dates and date-times with fractions and offsets, or Unix seconds.
@Suite struct FieldParserTests {
    @Test(arguments: [
        ("2025-03-04", 1_741_046_400), ("2025-03-04T10:22:05Z", 1_741_083_725), ("2025-03-04t10:22:05z", 1_741_083_725),
        ("2025-03-04 10:22:05.123+02:00", 1_741_076_525), ("2025-03-04T10:22-0130", 1_741_089_120),
        ("2024-02-29T23:59:59", 1_709_251_199), (" 1741083725 ", 1_741_083_725), ("1741083725.9", 1_741_083_725),
    ] as [(String, Int64)])
    func timesParse(_ text: String, _ seconds: Int64) {
        #expect(parseTimestamp(text) == seconds, "\(text)")
    }

    @Test(arguments: [
        "2025-02-30", "2025-13-01", "2025-03-04T25:00", "2025-03-04T10:60", "2025-03-04T10:22:05+15:00", "2025-03-04X",
        "2025-03-04T10:22:05.", "2025-03-04T10:22:05Zjunk", "25-03-04", "-5", "1e12", "",
    ])
    func malformedTimesAreRefused(_ text: String) {
        #expect(parseTimestamp(text) == nil, "\(text)")
    }
}
