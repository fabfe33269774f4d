/// A whole number from one to ninety-nine said in words, in English or French ("forty-five", « soixante-douze »,
/// « quatre-vingt-dix-neuf »), as its value: a brief writes in digits what the prospect said in words.
enum SpelledNumber {
    static func value(_ said: String) -> Int? {
        let parts = said.lowercased().split(whereSeparator: { $0 == "-" || $0 == " " }).filter { $0 != "et" }.map(String.init)
        guard !parts.isEmpty else { return nil }
        var total = 0
        for (index, part) in parts.enumerated() {
            // « quatre-vingt » multiplies: four twenties.
            if part.hasPrefix("vingt"), index > 0, parts[index - 1] == "quatre" {
                total = total - 4 + 80
                continue
            }
            guard let value = units[part] ?? tens[part] else { return nil }
            total += value
        }
        return (1...99).contains(total) ? total : nil
    }

    private static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
        "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    ]
}

extension SpelledNumber {
    /// A whole number said in words, hundreds and thousands included ("twenty-six thousand", « mille huit cents »); nil
    /// for words that are not all a number's.
    static func whole(_ said: String) -> Int? {
        let parts = said.lowercased().split(whereSeparator: { $0 == "-" || $0 == " " }).map(String.init).filter { !["and", "et"].contains($0) }
        guard !parts.isEmpty else { return nil }
        var total = 0, current = 0
        for (index, part) in parts.enumerated() {
            if part.hasPrefix("vingt"), index > 0, parts[index - 1] == "quatre" {
                current += 76
            } else if let value = units[part] ?? tens[part] ?? ["six": 6, "one": 1, "un": 1, "une": 1][part] {
                current += value
            } else if ["hundred", "cent", "cents"].contains(part) {
                current = max(current, 1) * 100
            } else if ["thousand", "mille"].contains(part) {
                total += max(current, 1) * 1000
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }
}
